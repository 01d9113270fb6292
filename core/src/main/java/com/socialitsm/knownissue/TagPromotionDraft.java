package com.socialitsm.knownissue;

import java.util.Optional;

/**
 * What an agent sends to promote a trending tag to a known issue: the customer-facing title and text, the portal (when
 * they are an agent of several) and the spike's window in hours (as for "Raise problem").
 */
public record TagPromotionDraft(String title, String text, Optional<Long> portalId, int hours) {
    public TagPromotionDraft {
        portalId = portalId == null ? Optional.empty() : portalId;
    }
}
