package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import net.java.ao.Query;

import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;

/**
 * Which issues carry which tags, read straight from ISSUE_HASHTAG. It backs {@code issue in hashtag("vpn")} and the
 * read-only "Hashtags" field, so it must stay one indexed query per call: the (TAG, ISSUE_ID) index serves
 * {@link #issueIdsTagged}, the ISSUE_ID index serves {@link #tagsOfIssue}.
 *
 * <p>Normalization is deliberately simple (lower case, optional leading '#') until the hashtag feature's grammar
 * lands here; the owner of that feature reconciles {@link #normalize} with the extractor.
 */
public final class HashtagIssueQuery {
    /** The longest tag the API accepts (API.md: a tag is 1-64 characters). */
    public static final int MAX_TAG_LENGTH = 64;
    /** How many merge hops are followed; merges are flattened by the feature, so more than one is unexpected. */
    private static final int MAX_MERGE_HOPS = 5;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]{1," + MAX_TAG_LENGTH + "}");

    private final Store store;

    public HashtagIssueQuery(Store store) {
        this.store = store;
    }

    /** The stored form of a tag as a person typed it ({@code #VPN}, {@code vpn}), or empty if it is not a tag. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String tag = typed.strip();
        if (tag.startsWith("#")) {
            tag = tag.substring(1);
        }
        tag = tag.toLowerCase(Locale.ROOT);
        return TAG.matcher(tag).matches() ? Optional.of(tag) : Optional.empty();
    }

    /**
     * Ids of issues tagged with any of these tags (or with the tags they were merged into), newest issue first, from
     * at most {@code limit} tag rows. Invalid tags are ignored. Callers filter by permission: this is raw data.
     */
    public Set<Long> issueIdsTagged(Collection<String> tags, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        Set<String> wanted = withMergeTargets(normalizedDistinct(tags));
        if (wanted.isEmpty()) {
            return Set.of();
        }
        IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID")
                .where("TAG IN (" + placeholders(wanted.size()) + ")", wanted.toArray())
                .order("ISSUE_ID DESC")
                .limit(limit));
        Set<Long> issueIds = new LinkedHashSet<>();
        for (IssueHashtagEntity row : rows) {
            issueIds.add(row.getIssueId());
        }
        return Collections.unmodifiableSet(issueIds);
    }

    /** The issue's tags in the spelling first seen, in the order they were added. */
    public List<String> tagsOfIssue(long issueId) {
        IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("ID ASC"));
        List<String> tags = new ArrayList<>(rows.length);
        for (IssueHashtagEntity row : rows) {
            tags.add(row.getDisplay() == null || row.getDisplay().isBlank() ? row.getTag() : row.getDisplay());
        }
        return List.copyOf(tags);
    }

    private static Set<String> normalizedDistinct(Collection<String> tags) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            normalize(tag).ifPresent(normalized::add);
        }
        return normalized;
    }

    /** A tag merged into another keeps no issues of its own, so asking for it means asking for its target. */
    private Set<String> withMergeTargets(Set<String> tags) {
        Set<String> all = new LinkedHashSet<>(tags);
        Set<String> frontier = tags;
        for (int hop = 0; hop < MAX_MERGE_HOPS && !frontier.isEmpty(); hop++) {
            HashtagEntity[] merged = store.find(HashtagEntity.class, Query.select()
                    .where("TAG IN (" + placeholders(frontier.size()) + ") AND MERGED_INTO IS NOT NULL",
                            frontier.toArray()));
            Set<String> next = new LinkedHashSet<>();
            for (HashtagEntity tag : merged) {
                if (all.add(tag.getMergedInto())) {
                    next.add(tag.getMergedInto());
                }
            }
            frontier = next;
        }
        return all;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
