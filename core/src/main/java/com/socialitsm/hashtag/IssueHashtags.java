package com.socialitsm.hashtag;

import java.util.List;
import java.util.Objects;

/** The tags of one issue, in the order they came to it. */
public record IssueHashtags(String issueKey, List<IssueHashtag> hashtags) {
    public IssueHashtags {
        Objects.requireNonNull(issueKey, "issueKey");
        hashtags = List.copyOf(hashtags);
    }
}
