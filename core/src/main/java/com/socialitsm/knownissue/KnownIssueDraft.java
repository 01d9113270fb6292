package com.socialitsm.knownissue;

import java.util.Optional;

/** What an agent sends to turn an issue into a known issue; a missing status is "investigating". */
public record KnownIssueDraft(String issueKey, String title, String text, Optional<String> status) {
    public KnownIssueDraft {
        status = status == null ? Optional.empty() : status;
    }
}
