package com.socialitsm.hashtag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/** A tag's page: see {@link HashtagService#tagPage}. */
final class TagPages {
    /** Newest issues of a tag sampled for its related tags. */
    static final int RELATED_SAMPLE = 200;
    static final int RELATED_LIMIT = 8;
    /** Batches a tag page reads at most to fill itself when many issues are hidden from the viewer. */
    private static final int PAGE_REFILLS = 5;
    private static final int PAGE_MAX_BATCH = 400;
    private static final String CURSOR_PREFIX = "i";

    private final Store store;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final FollowService follows;
    private final TagCatalog catalog;
    private final TagCounts counts;

    TagPages(Store store, IssueDirectory issues, AccessPolicy access, FollowService follows, TagCatalog catalog,
             TagCounts counts) {
        this.store = store;
        this.issues = issues;
        this.access = access;
        this.follows = follows;
        this.catalog = catalog;
        this.counts = counts;
    }

    /** See {@link HashtagService#tagPage}. */
    Outcome<TagPage> tagPage(Optional<String> viewer, String tag, int limit, Optional<String> cursor) {
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(List.of(String.valueOf(tag))));
        }
        long before = Long.MAX_VALUE;
        if (cursor.isPresent()) {
            Optional<Long> decoded = decodeCursor(cursor.get());
            if (decoded.isEmpty()) {
                return Outcome.refused(HashtagRefusals.invalidCursor());
            }
            before = decoded.get();
        }
        String typed = normalized.get();
        String shown = typed;
        HashtagEntity row = catalog.load(List.of(typed)).get(typed);
        if (row != null && row.getMergedInto() != null) {
            shown = row.getMergedInto();
            row = catalog.load(List.of(shown)).get(shown);
        }
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        int count = counts.inProjects(List.of(shown), projects).getOrDefault(shown, 0);
        IssuePage page = issuesOf(viewer, shown, limit, before);
        if (count == 0 && page.issues().isEmpty()) {
            return Outcome.done(unseen(typed));
        }
        String display = row == null ? shown : TagCatalog.displayOf(row);
        int followers = follows.followerCount(FollowTarget.hashtag(shown));
        List<RelatedTag> related = cursor.isEmpty() ? related(shown, projects) : List.of();
        return Outcome.done(new TagPage(shown, display, count, followers, related, page.issues(), page.next()));
    }

    /**
     * The page of a tag the viewer sees no issue of: the page of a tag nobody ever used, whether it is one, is used
     * only where the viewer cannot look, or was merged into such a tag. Nothing in it comes from the tag's rows, so
     * it cannot tell these apart: the tag as typed in normal form (not its stored spelling, not its merge target),
     * no count, no followers (who follows a tag would hint that it is used), no related tags, no issues, and no
     * cursor, even when the scan stopped among hidden issues (a cursor would say that there are some).
     */
    private static TagPage unseen(String tag) {
        return new TagPage(tag, tag, 0, 0, List.of(), List.of(), Optional.empty());
    }

    private record IssuePage(List<TaggedIssue> issues, Optional<String> next) {
    }

    /**
     * The viewer's issues of a tag with ids below {@code before}, newest first, read along the (TAG, ISSUE_ID, …) index
     * in batches; hidden issues are skipped and the page refilled from the next batch, at most
     * {@link #PAGE_REFILLS} batches per page, so a tag whose issues are mostly hidden returns a short page with a
     * cursor rather than scanning everything at once.
     */
    private IssuePage issuesOf(Optional<String> viewer, String tag, int limit, long before) {
        List<TaggedIssue> page = new ArrayList<>();
        long scannedTo = before;
        int batch = limit + 1;
        for (int round = 0; round < PAGE_REFILLS; round++) {
            List<TagRow> rows = newestOfTag("ID, ISSUE_ID, TAGGED_AT", "TAG = ? AND ISSUE_ID < ?",
                    new Object[] {tag, scannedTo}, batch);
            List<Long> ids = rows.stream().map(TagRow::issueId).toList();
            Map<Long, IssueRef> visible = ids.isEmpty() ? Map.of() : issues.byIds(access.browsableIssues(viewer, ids));
            for (int i = 0; i < rows.size(); i++) {
                scannedTo = rows.get(i).issueId();
                IssueRef issue = visible.get(scannedTo);
                if (issue == null) {
                    continue;
                }
                page.add(new TaggedIssue(issue.key(), issue.summary(), issue.status(), issue.resolved(),
                        Instant.ofEpochMilli(rows.get(i).taggedAt())));
                if (page.size() == limit) {
                    boolean more = i < rows.size() - 1 || rows.size() == batch;
                    return new IssuePage(page, more ? Optional.of(encodeCursor(scannedTo)) : Optional.empty());
                }
            }
            if (rows.size() < batch) {
                return new IssuePage(page, Optional.empty());
            }
            batch = Math.min(batch * 2, PAGE_MAX_BATCH);
        }
        return new IssuePage(page, Optional.of(encodeCursor(scannedTo)));
    }

    /**
     * The tags most often found together with this one on its newest {@link #RELATED_SAMPLE} issues in projects the
     * viewer may fully browse. Three statements: the sample (along the (TAG, ISSUE_ID, …) index), the sample's other
     * tags, their spellings.
     */
    private List<RelatedTag> related(String tag, Set<Long> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        List<Long> sample = new ArrayList<>();
        for (TagRow row : newestOfTag("ID, ISSUE_ID, PROJECT_ID", "TAG = ?", new Object[] {tag}, RELATED_SAMPLE)) {
            if (projects.contains(row.projectId())) {
                sample.add(row.issueId());
            }
        }
        if (sample.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> together = new HashMap<>();
        for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select("ID, TAG").where(
                InList.in("ISSUE_ID", sample.size()) + " AND TAG <> ?", Criteria.params(sample, tag)))) {
            together.merge(row.getTag(), 1, Integer::sum);
        }
        List<String> top = together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RELATED_LIMIT).map(Map.Entry::getKey).toList();
        Map<String, HashtagEntity> rows = top.isEmpty() ? Map.of() : catalog.load(top);
        return top.stream().map(t -> new RelatedTag(t,
                rows.containsKey(t) ? TagCatalog.displayOf(rows.get(t)) : t, together.get(t))).toList();
    }

    /** The columns of one ISSUE_HASHTAG row a tag's page reads; 0 for a column not selected. */
    private record TagRow(long issueId, long projectId, long taggedAt) {
    }

    /**
     * A tag's newest rows, reading only {@code fields}: through {@link Store#stream}, because Active Objects'
     * {@code find} selects every column whatever the query names, while {@code stream} selects what it is told. With
     * the (TAG, ISSUE_ID, PROJECT_ID, TAGGED_AT, ID) index holding all of them, PostgreSQL reads the page straight
     * off the index in key order; a {@code find} of all columns got a generic plan that sorted every row of the tag
     * (see IssueHashtagEntity's tag_page index).
     */
    private List<TagRow> newestOfTag(String fields, String criteria, Object[] params, int limit) {
        boolean project = fields.contains("PROJECT_ID");
        boolean taggedAt = fields.contains("TAGGED_AT");
        List<TagRow> rows = new ArrayList<>(limit);
        store.stream(IssueHashtagEntity.class, Query.select(fields).where(criteria, params).order("ISSUE_ID DESC")
                .limit(limit), row -> rows.add(new TagRow(row.getIssueId(), project ? row.getProjectId() : 0,
                taggedAt ? row.getTaggedAt() : 0)));
        return rows;
    }

    private static String encodeCursor(long issueId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + issueId).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Long> decodeCursor(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(CURSOR_PREFIX)) {
                return Optional.empty();
            }
            long issueId = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            return issueId > 0 ? Optional.of(issueId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
