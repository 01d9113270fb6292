package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.hashtag.IssueHashtag;
import com.socialitsm.hashtag.IssueHashtags;

/**
 * The tags of one issue, in the order they came to it: GET, POST and DELETE on {@code /hashtags/issue/{key}}.
 * {@code truncated}: the issue's text holds more tags than it keeps, only the first {@code textTagLimit} are kept.
 */
public record IssueHashtagsJson(String issueKey, List<HashtagJson> hashtags, boolean truncated, int textTagLimit) {

    /** One tag of the issue; {@code source} is {@code "text"} or {@code "manual"}. */
    public record HashtagJson(String tag, String display, String source) {
        static HashtagJson of(IssueHashtag tag) {
            return new HashtagJson(tag.tag(), tag.display(), tag.source());
        }
    }

    static IssueHashtagsJson of(IssueHashtags tags) {
        return new IssueHashtagsJson(tags.issueKey(), tags.hashtags().stream().map(HashtagJson::of).toList(),
                tags.truncated(), IssueHashtags.MAX_TEXT_TAGS);
    }
}
