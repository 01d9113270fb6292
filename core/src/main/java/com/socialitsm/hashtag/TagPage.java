package com.socialitsm.hashtag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a tag as the viewer may see it.
 *
 * @param tag       the tag shown (a merged tag's page is its target's)
 * @param count     issues with the tag in the projects the viewer may fully browse
 * @param followers users following the tag
 * @param related   tags that most often share the viewer's visible issues of this tag (a sample of the newest)
 * @param issues    the viewer's visible issues with the tag, newest first
 * @param next      the cursor of the next page, when there may be one
 */
public record TagPage(String tag, String display, int count, int followers, List<RelatedTag> related,
                      List<TaggedIssue> issues, Optional<String> next) {
    public TagPage {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(display, "display");
        related = List.copyOf(related);
        issues = List.copyOf(issues);
        Objects.requireNonNull(next, "next");
    }
}
