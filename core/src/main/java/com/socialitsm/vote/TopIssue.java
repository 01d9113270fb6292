package com.socialitsm.vote;

import java.util.Objects;

/**
 * An issue in a "top" or "rising" list: {@code count} is what the list ranks by (all votes for "top", votes of the
 * last seven days for "rising").
 */
public record TopIssue(long issueId, String issueKey, String summary, int count) {
    public TopIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
    }
}
