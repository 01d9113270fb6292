package com.socialitsm.knownissue;

import java.time.Instant;
import java.util.Objects;

/**
 * A known issue as a portal user sees it: only what an agent wrote for customers (never the issue's key, summary,
 * description, comments or hashtags), the customers' "me too" count, and the viewer's own me-too and follow.
 */
public record PortalKnownIssue(long id, String title, String text, KnownIssueStatus status, int meToo,
                               boolean myMeToo, boolean following, Instant updatedAt) {
    public PortalKnownIssue {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
