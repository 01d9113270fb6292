package com.socialitsm.hashtag;

import java.util.Objects;

/**
 * One tag on an issue.
 *
 * @param tag     the normalized tag
 * @param display the spelling shown, as first written on this issue
 * @param source  {@code "text"} (from the summary, description or a comment) or {@code "manual"} (added by hand)
 */
public record IssueHashtag(String tag, String display, String source) {
    public IssueHashtag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(source, "source");
    }
}
