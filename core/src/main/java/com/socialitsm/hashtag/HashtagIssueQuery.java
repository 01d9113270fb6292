package com.socialitsm.hashtag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * The Jira app's view of which issues carry which tags (the JQL function {@code issue in hashtag("vpn")} and the
 * read-only "Hashtags" field), built from the store alone. It holds no logic of its own: it answers with the same
 * code as {@link HashtagService#issueIdsTagged} and {@link HashtagService#tagsOfIssue}, and normalizes with the
 * hashtag grammar ({@link HashtagExtractor#normalizeTag}). Callers that have a {@code SocialApp} should use
 * {@code app.hashtags()} instead; this class stays until the Jira app's wiring does.
 */
public final class HashtagIssueQuery {
    /** The longest tag. */
    public static final int MAX_TAG_LENGTH = HashtagExtractor.MAX_TAG_LENGTH;

    private final TaggedIssues taggedIssues;

    public HashtagIssueQuery(Store store) {
        this.taggedIssues = new TaggedIssues(store, new TagCatalog(store));
    }

    /** The stored form of a tag as a person typed it ({@code #VPN}, {@code vpn}), or empty if it is not a tag. */
    public static Optional<String> normalize(String typed) {
        return HashtagExtractor.normalizeTag(typed);
    }

    /**
     * Ids of issues tagged with any of these tags (or with the tags they were merged into), newest issue first, at
     * most {@code limit} issues. Invalid tags are ignored. Callers filter by permission: this is raw data.
     */
    public Set<Long> issueIdsTagged(Collection<String> tags, int limit) {
        return taggedIssues.issueIdsTagged(tags, limit);
    }

    /** The issue's tags in the spelling first seen on it, in the order they were added. */
    public List<String> tagsOfIssue(long issueId) {
        return taggedIssues.tagsOfIssue(issueId).stream().map(IssueHashtag::display).toList();
    }
}
