package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.hashtag.RelatedTag;
import com.socialitsm.hashtag.TagPage;
import com.socialitsm.hashtag.TaggedIssue;

/**
 * Answer of GET /hashtags/{tag}; {@code next} is null on the last page; {@code chatter} is how often chat mentioned the
 * tag in the trending window (the last 24 hours), from the listening post's sources — the same for every viewer.
 */
public record TagPageJson(String tag, String display, int count, int followers, List<RelatedJson> related,
                          List<IssueJson> issues, String next, int chatter) {

    /** A tag often found on the same issues, and on how many of the sampled ones. */
    public record RelatedJson(String tag, String display, int count) {
        static RelatedJson of(RelatedTag tag) {
            return new RelatedJson(tag.tag(), tag.display(), tag.count());
        }
    }

    /** An issue of the tag; {@code taggedAt} is ISO-8601. */
    public record IssueJson(String issueKey, String summary, String status, boolean resolved, String taggedAt) {
        static IssueJson of(TaggedIssue issue) {
            return new IssueJson(issue.issueKey(), issue.summary(), issue.status(), issue.resolved(),
                    issue.taggedAt().toString());
        }
    }

    static TagPageJson of(TagPage page, int chatter) {
        return new TagPageJson(page.tag(), page.display(), page.count(), page.followers(),
                page.related().stream().map(RelatedJson::of).toList(),
                page.issues().stream().map(IssueJson::of).toList(), page.next().orElse(null), chatter);
    }
}
