package com.socialitsm.hashtag;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Tag stewardship for administrators, merge, rename, block: see {@link HashtagService#merge} and the others. Each
 * action collects the issues whose tags it changes while its transaction runs and, once that has committed, hands
 * them to {@link TagIndexNotices#indexLater} (a merge over thousands of issues is indexed on the host's executor, not
 * in the admin's request).
 */
final class TagAdministration {
    private final Store store;
    private final Clock clock;
    private final AccessPolicy access;
    private final FollowService follows;
    private final TagCatalog catalog;
    private final TagCounts counts;
    private final TagIndexNotices indexNotices;

    TagAdministration(Store store, Clock clock, AccessPolicy access, FollowService follows, TagCatalog catalog,
                      TagCounts counts, TagIndexNotices indexNotices) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.follows = follows;
        this.catalog = catalog;
        this.counts = counts;
        this.indexNotices = indexNotices;
    }

    /** See {@link HashtagService#merge}. */
    Outcome<MergeResult> merge(Optional<String> admin, List<String> from, String into) {
        if (!access.isAdmin(admin)) {
            return Outcome.refused(HashtagRefusals.notAdmin());
        }
        List<String> invalid = new ArrayList<>();
        List<Candidate> sources = Candidate.typed(from, invalid);
        List<Candidate> target = Candidate.typed(List.of(String.valueOf(into)), invalid);
        if (!invalid.isEmpty() || sources.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(invalid));
        }
        Set<Long> changedIssues = new LinkedHashSet<>();
        Outcome<MergeResult> outcome = store.executeInTransactionRetryingRaces(HashtagService.RACE_ATTEMPTS, () -> {
            changedIssues.clear();
            return mergeInTransaction(sources, target.get(0), changedIssues);
        });
        indexNotices.indexLater(changedIssues);
        return outcome;
    }

    /** The merge; adds the ids of the issues whose tags it changes to {@code changedIssues}. */
    private Outcome<MergeResult> mergeInTransaction(List<Candidate> sources, Candidate into, Set<Long> changedIssues) {
        long now = clock.millis();
        HashtagEntity target = catalog.load(List.of(into.tag())).get(into.tag());
        if (target != null && target.getMergedInto() != null) {
            target = catalog.getOrCreate(new Candidate(target.getMergedInto(), target.getMergedInto()), now);
        }
        if (target == null) {
            target = catalog.getOrCreate(into, now);
        }
        if (target.isBlocked()) {
            return Outcome.refused(HashtagRefusals.targetBlocked(target.getTag()));
        }
        String intoTag = target.getTag();
        if (sources.stream().anyMatch(source -> source.tag().equals(intoTag))) {
            return Outcome.refused(HashtagRefusals.sameTag(intoTag));
        }
        String intoDisplay = TagCatalog.displayOf(target);
        List<String> locked = new ArrayList<>(List.of(intoTag));
        for (Candidate source : sources) {
            catalog.getOrCreate(source, now);
            locked.add(source.tag());
        }
        catalog.lock(locked);
        int moved = 0;
        int deduplicated = 0;
        int followsMoved = 0;
        List<String> merged = new ArrayList<>();
        for (Candidate source : sources) {
            int[] result = moveRows(source.tag(), intoTag, intoDisplay, changedIssues);
            moved += result[0];
            deduplicated += result[1];
            HashtagEntity row = catalog.load(List.of(source.tag())).get(source.tag());
            row.setMergedInto(intoTag);
            row.save();
            for (HashtagEntity earlier : store.find(HashtagEntity.class,
                    Query.select().where("MERGED_INTO = ?", source.tag()))) {
                earlier.setMergedInto(intoTag);
                earlier.save();
            }
            followsMoved += follows.retarget(FollowTarget.hashtag(source.tag()), FollowTarget.hashtag(intoTag));
            merged.add(source.tag());
        }
        return Outcome.done(new MergeResult(intoTag, merged, moved, deduplicated, followsMoved));
    }

    /**
     * Moves a tag's rows to another tag, {@link InList#CHUNK} rows at a time (five statements each: the rows, the
     * target's rows of those issues, the delete, the insert, the count changes), keeping who tagged when. Returns
     * {moved, deduplicated}.
     */
    private int[] moveRows(String from, String into, String intoDisplay, Set<Long> changedIssues) {
        int moved = 0;
        int deduplicated = 0;
        while (true) {
            IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class,
                    Query.select().where("TAG = ?", from).order("ID").limit(InList.CHUNK));
            if (rows.length == 0) {
                return new int[] {moved, deduplicated};
            }
            List<Long> issueIds = Arrays.stream(rows).map(IssueHashtagEntity::getIssueId).toList();
            changedIssues.addAll(issueIds);
            Map<Long, IssueHashtagEntity> existing = new HashMap<>();
            for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class, Query.select().where(
                    "TAG = ? AND " + InList.in("ISSUE_ID", issueIds.size()), Criteria.params(List.of(into),
                            issueIds.toArray())))) {
                existing.put(row.getIssueId(), row);
            }
            List<Map<String, Object>> inserts = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            TagCounts.Changes changes = new TagCounts.Changes();
            for (IssueHashtagEntity row : rows) {
                ids.add(row.getID());
                changes.removed(from, row.getProjectId(), row.getTaggedAt());
                IssueHashtagEntity kept = existing.get(row.getIssueId());
                TagSource source = TagSource.ofColumn(row.getSource());
                if (kept != null) {
                    deduplicated++;
                    if (source.isStickierThan(TagSource.ofColumn(kept.getSource()))) {
                        kept.setSource(source.column());
                        kept.save();
                    }
                    continue;
                }
                moved++;
                changes.added(into, row.getProjectId(), row.getTaggedAt());
                Map<String, Object> moving = new HashMap<>();
                moving.put("ISSUE_TAG", row.getIssueId() + ":" + into);
                moving.put("ISSUE_ID", row.getIssueId());
                moving.put("PROJECT_ID", row.getProjectId());
                moving.put("TAG", into);
                moving.put("DISPLAY", intoDisplay);
                moving.put("SOURCE", source.column());
                moving.put("TAGGED_AT", row.getTaggedAt());
                if (row.getTaggedBy() != null) {
                    moving.put("TAGGED_BY", row.getTaggedBy());
                }
                inserts.add(moving);
            }
            deleteExactly(ids);
            store.create(IssueHashtagEntity.class, inserts);
            counts.record(changes);
        }
    }

    /** Deletes the rows by id, or fails as a lost race if another transaction deleted one first (as IssueTagging). */
    private void deleteExactly(List<Integer> ids) {
        for (List<Integer> chunk : InList.chunks(ids)) {
            if (store.deleteWithSQL(IssueHashtagEntity.class, InList.in("ID", chunk.size()), chunk.toArray())
                    != chunk.size()) {
                throw TagCounts.lostRace("tag rows were deleted by another transaction");
            }
        }
    }

    /** See {@link HashtagService#block} and {@link HashtagService#unblock}. */
    Outcome<BlockResult> setBlocked(Optional<String> admin, String tag, boolean blocked) {
        if (!access.isAdmin(admin)) {
            return Outcome.refused(HashtagRefusals.notAdmin());
        }
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(List.of(String.valueOf(tag))));
        }
        Candidate candidate = new Candidate(normalized.get(), Candidate.typedDisplay(tag));
        Set<Long> changedIssues = new LinkedHashSet<>();
        Outcome<BlockResult> outcome = store.executeInTransactionRetryingRaces(HashtagService.RACE_ATTEMPTS, () -> {
            changedIssues.clear();
            HashtagEntity row = catalog.getOrCreate(candidate, clock.millis());
            if (row.isBlocked() != blocked) {
                row.setBlocked(blocked);
                row.save();
            }
            int removed = blocked ? removeAllRows(candidate.tag(), changedIssues) : 0;
            return Outcome.done(new BlockResult(candidate.tag(), blocked, removed));
        });
        indexNotices.indexLater(changedIssues);
        return outcome;
    }

    /**
     * Removes every row of a tag, recording the count changes: reads the rows' buckets and issues, then deletes by
     * id; adds the issues to {@code changedIssues}.
     */
    private int removeAllRows(String tag, Set<Long> changedIssues) {
        List<Integer> ids = new ArrayList<>();
        TagCounts.Changes changes = new TagCounts.Changes();
        store.stream(IssueHashtagEntity.class, Query.select("ID, ISSUE_ID, PROJECT_ID, TAGGED_AT").where("TAG = ?", tag),
                row -> {
                    ids.add(row.getID());
                    changedIssues.add(row.getIssueId());
                    changes.removed(tag, row.getProjectId(), row.getTaggedAt());
                });
        deleteExactly(ids);
        counts.record(changes);
        return ids.size();
    }

    /** See {@link HashtagService#blockedTags}. */
    Outcome<List<String>> blockedTags(Optional<String> admin) {
        if (!access.isAdmin(admin)) {
            return Outcome.refused(HashtagRefusals.notAdmin());
        }
        List<String> tags = new ArrayList<>();
        for (HashtagEntity row : store.find(HashtagEntity.class,
                Query.select().where("BLOCKED = ?", true).order("TAG ASC"))) {
            tags.add(row.getTag());
        }
        return Outcome.done(tags);
    }
}
