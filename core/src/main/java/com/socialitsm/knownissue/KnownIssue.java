package com.socialitsm.knownissue;

import java.time.Instant;
import java.util.Objects;

/**
 * A known issue as its agents see it: the customer-facing title and text, and how many customers said "me too" and
 * follow it. {@code issueKey} is for agents only; the portal's view ({@link PortalKnownIssue}) has no issue key.
 */
public record KnownIssue(long id, long portalId, String issueKey, String title, String text, KnownIssueStatus status,
                         int meToo, int followers, Instant updatedAt) {
    public KnownIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
