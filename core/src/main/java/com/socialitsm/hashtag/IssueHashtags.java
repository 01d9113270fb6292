package com.socialitsm.hashtag;

import java.util.List;
import java.util.Objects;

/**
 * The tags of one issue, in the order they came to it.
 *
 * @param truncated whether the issue's summary or description holds more tags than an issue keeps from text: only
 *                  the first {@link #MAX_TEXT_TAGS} are kept
 */
public record IssueHashtags(String issueKey, List<IssueHashtag> hashtags, boolean truncated) {
    /** The most tags an issue keeps from its text (summary, description, comments), the first ones. */
    public static final int MAX_TEXT_TAGS = IssueTagging.MAX_TEXT_TAGS;

    public IssueHashtags {
        Objects.requireNonNull(issueKey, "issueKey");
        hashtags = List.copyOf(hashtags);
    }
}
