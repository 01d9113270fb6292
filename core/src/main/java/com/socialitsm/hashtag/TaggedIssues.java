package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Which issues carry which tags, unfiltered, for host-side readers that filter themselves: the JQL function and the
 * read-only "Hashtags" field. Needs nothing but the store, so that {@link HashtagIssueQuery} can offer it too.
 */
final class TaggedIssues {
    private final Store store;
    private final TagCatalog catalog;

    TaggedIssues(Store store, TagCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** See {@link HashtagService#issueIdsTagged}. */
    Set<Long> issueIdsTagged(Collection<String> tags, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            HashtagExtractor.normalizeTag(tag).ifPresent(normalized::add);
        }
        if (normalized.isEmpty()) {
            return Set.of();
        }
        Map<String, HashtagEntity> rows = catalog.load(normalized);
        Set<String> targets = new LinkedHashSet<>();
        for (String tag : normalized) {
            HashtagEntity row = rows.get(tag);
            targets.add(row != null && row.getMergedInto() != null ? row.getMergedInto() : tag);
        }
        Set<Long> ids = new LinkedHashSet<>();
        // An issue with several of the tags has a row for each: read enough rows for limit distinct issues.
        int rowLimit = (int) Math.min(Integer.MAX_VALUE, (long) limit * targets.size());
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID")
                .where(InList.in("TAG", targets.size()), targets.toArray()).order("ISSUE_ID DESC").limit(rowLimit))) {
            ids.add(row.getIssueId());
            if (ids.size() == limit) {
                break;
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /** See {@link HashtagService#tagsOfIssue}. */
    List<IssueHashtag> tagsOfIssue(long issueId) {
        List<IssueHashtag> tags = new ArrayList<>();
        for (IssueHashtagEntity row : rows(store, issueId)) {
            tags.add(new IssueHashtag(row.getTag(), displayOf(row), TagSource.ofColumn(row.getSource()).shown()));
        }
        return List.copyOf(tags);
    }

    /** An issue's rows in the order its tags came to it: one statement, whatever the issue's history. */
    static List<IssueHashtagEntity> rows(Store store, long issueId) {
        return List.of(store.find(IssueHashtagEntity.class, Query.select().where("ISSUE_ID = ?", issueId).order("ID")));
    }

    static String displayOf(IssueHashtagEntity row) {
        return row.getDisplay() == null || row.getDisplay().isBlank() ? row.getTag() : row.getDisplay();
    }
}
