package com.socialitsm.hashtag;

import java.time.Instant;
import java.util.Objects;

/** An issue in a tag's list, as the viewer may see it. */
public record TaggedIssue(String issueKey, String summary, String status, boolean resolved, Instant taggedAt) {
    public TaggedIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(taggedAt, "taggedAt");
    }
}
