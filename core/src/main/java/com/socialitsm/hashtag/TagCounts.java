package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.java.ao.Query;

import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;

/**
 * Keeps the denormalized counts equal to the ISSUE_HASHTAG rows they count, never by incrementing blindly: whenever
 * rows of a tag change, the days they fall into are recounted from the rows, and the totals above them move by
 * exactly what those days changed, in the same transaction.
 * <ul>
 *   <li>HASHTAG_DAY.USES = COUNT of the tag's rows in the project whose TAGGED_AT falls in that UTC day. A row that
 *       goes away leaves its day, so the days always describe the tags issues carry now;</li>
 *   <li>HASHTAG_PROJECT.ISSUE_COUNT = the sum of the tag's day rows in the project = COUNT of its rows there, since
 *       every row falls in exactly one day: kept so by adding each touched day's change (new COUNT minus the
 *       stored USES);</li>
 *   <li>HASHTAG.ISSUE_COUNT = the sum over its projects' rows = COUNT of all its rows.</li>
 * </ul>
 * Recounting happens under the tag's HASHTAG row lock ({@link TagCatalog#lock}), so concurrent writers of one tag
 * take turns and each starts from what the one before committed: adding a day's exact change to the project's
 * count is then as exact as summing, and costs the same whether the tag is on ten issues or a million. (Summing all
 * of a tag's day rows instead read 48,000 rows for #vpn on the bench's 1 M-issue data set: 200 ms per change; see
 * BENCHMARKS.md.) {@link #rebuild} recounts a tag from all its rows, for admin actions that move many rows at once.
 */
final class TagCounts {
    static final long DAY_MILLIS = 86_400_000L;

    private final Store store;
    private final TagCatalog catalog;

    TagCounts(Store store, TagCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** One day of one tag in one project: the unit the counts change in. */
    record Bucket(String tag, long projectId, long epochDay) {
        static Bucket of(String tag, long projectId, long taggedAtMillis) {
            return new Bucket(tag, projectId, Math.floorDiv(taggedAtMillis, DAY_MILLIS));
        }

        TagProject tagProject() {
            return new TagProject(tag, projectId);
        }

        String dayKey() {
            return tag + "|" + projectId + "|" + epochDay;
        }
    }

    record TagProject(String tag, long projectId) {
        String key() {
            return tag + "|" + projectId;
        }
    }

    /**
     * Issues carrying each tag in the given projects (the counts readers are shown), from HASHTAG_PROJECT: one
     * statement per {@link InList#CHUNK} tags.
     */
    Map<String, Integer> inProjects(Collection<String> tags, Set<Long> projects) {
        Map<String, Integer> visible = new HashMap<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class, Query.select(
                    "ID, TAG, PROJECT_ID, ISSUE_COUNT").where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                if (projects.contains(row.getProjectId())) {
                    visible.merge(row.getTag(), row.getIssueCount(), Integer::sum);
                }
            }
        }
        return visible;
    }

    /**
     * Recounts the buckets rows were added to or removed from, under the locks of their tags. Each touched day is a
     * COUNT of its rows (a small range of the (TAG, TAGGED_AT) index); each touched project total moves by the
     * touched days' change; each tag's total is the sum of its project rows. Statements: the lock read and one lock
     * write per tag, one COUNT per touched day, one read of the touched day rows (by key), one read of the tags'
     * project rows (one per project at most), and one write per count that changed: bounded by the buckets and the
     * number of projects, never by how many rows or days a tag has.
     */
    void recount(Collection<Bucket> buckets) {
        recount(buckets, Map.of());
    }

    /** As {@link #recount(Collection)}, reusing HASHTAG rows the caller's transaction has read already. */
    void recount(Collection<Bucket> buckets, Map<String, HashtagEntity> loaded) {
        if (buckets.isEmpty()) {
            return;
        }
        Set<String> tags = new TreeSet<>();
        buckets.forEach(bucket -> tags.add(bucket.tag()));
        Map<String, HashtagEntity> tagRows = catalog.lock(tags, loaded);
        Map<Bucket, Integer> dayCounts = new LinkedHashMap<>();
        for (Bucket bucket : new LinkedHashSet<>(buckets)) {
            long dayStart = bucket.epochDay() * DAY_MILLIS;
            dayCounts.put(bucket, store.count(IssueHashtagEntity.class,
                    "TAG = ? AND PROJECT_ID = ? AND TAGGED_AT >= ? AND TAGGED_AT < ?",
                    bucket.tag(), bucket.projectId(), dayStart, dayStart + DAY_MILLIS));
        }
        Map<TagProject, Integer> changes = writeDayCounts(dayCounts);
        Map<String, Integer> totals = writeProjectCounts(tags, changes);
        writeIssueCounts(tagRows, totals);
    }

    /**
     * Recounts every count of one tag from all its rows: for admin actions that move or remove many rows at once
     * (merge, block). Reads the tag's rows once and replaces its HASHTAG_PROJECT and HASHTAG_DAY rows.
     */
    void rebuild(String tag) {
        Map<String, HashtagEntity> tagRows = catalog.lock(List.of(tag));
        Map<TagProject, Integer> projectCounts = new LinkedHashMap<>();
        Map<Bucket, Integer> dayCounts = new LinkedHashMap<>();
        store.stream(IssueHashtagEntity.class, Query.select("ID, PROJECT_ID, TAGGED_AT").where("TAG = ?", tag),
                row -> {
                    Bucket bucket = Bucket.of(tag, row.getProjectId(), row.getTaggedAt());
                    projectCounts.merge(bucket.tagProject(), 1, Integer::sum);
                    dayCounts.merge(bucket, 1, Integer::sum);
                });
        store.deleteWithSQL(HashtagProjectEntity.class, "TAG = ?", tag);
        store.deleteWithSQL(HashtagDayEntity.class, "TAG = ?", tag);
        List<Map<String, Object>> projectRows = new ArrayList<>();
        projectCounts.forEach((tp, count) -> projectRows.add(projectRow(tp, count)));
        List<Map<String, Object>> dayRows = new ArrayList<>();
        dayCounts.forEach((bucket, count) -> dayRows.add(dayRow(bucket, count)));
        for (List<Map<String, Object>> chunk : InList.chunks(projectRows)) {
            store.create(HashtagProjectEntity.class, chunk);
        }
        for (List<Map<String, Object>> chunk : InList.chunks(dayRows)) {
            store.create(HashtagDayEntity.class, chunk);
        }
        int total = projectCounts.values().stream().mapToInt(Integer::intValue).sum();
        writeIssueCounts(tagRows, Map.of(tag, total));
    }

    /**
     * Writes the fresh day counts over the stored day rows of the same days (read by key) and returns, per tag and
     * project, by how much its days changed.
     */
    private Map<TagProject, Integer> writeDayCounts(Map<Bucket, Integer> fresh) {
        Map<String, Bucket> byKey = new LinkedHashMap<>();
        fresh.keySet().forEach(bucket -> byKey.put(bucket.dayKey(), bucket));
        Map<Bucket, Integer> unwritten = new LinkedHashMap<>(fresh);
        Map<TagProject, Integer> changes = new LinkedHashMap<>();
        List<Integer> emptied = new ArrayList<>();
        for (List<String> chunk : InList.chunks(byKey.keySet())) {
            for (HashtagDayEntity row : store.find(HashtagDayEntity.class,
                    Query.select().where(InList.in("DAY_KEY", chunk.size()), chunk.toArray()))) {
                Bucket bucket = byKey.get(row.getDayKey());
                Integer count = bucket == null ? null : unwritten.remove(bucket);
                if (count == null) {
                    continue;
                }
                changes.merge(bucket.tagProject(), count - row.getUses(), Integer::sum);
                if (count == 0) {
                    emptied.add(row.getID());
                } else if (count != row.getUses()) {
                    row.setUses(count);
                    row.save();
                }
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        unwritten.forEach((bucket, count) -> {
            if (count > 0) {
                created.add(dayRow(bucket, count));
            }
            changes.merge(bucket.tagProject(), count, Integer::sum);
        });
        store.create(HashtagDayEntity.class, created);
        deleteIds(HashtagDayEntity.class, emptied);
        return changes;
    }

    /**
     * Moves the touched projects' counts of these tags by their days' changes (a count that reaches zero removes the
     * row) and returns each tag's total over all its projects.
     */
    private Map<String, Integer> writeProjectCounts(Set<String> tags, Map<TagProject, Integer> changes) {
        Map<TagProject, Integer> unwritten = new LinkedHashMap<>(changes);
        Map<String, Integer> totals = new HashMap<>();
        List<Integer> emptied = new ArrayList<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class,
                    Query.select().where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                Integer change = unwritten.remove(new TagProject(row.getTag(), row.getProjectId()));
                int count = Math.max(0, row.getIssueCount() + (change == null ? 0 : change));
                if (change != null && count == 0) {
                    emptied.add(row.getID());
                } else if (change != null && count != row.getIssueCount()) {
                    row.setIssueCount(count);
                    row.save();
                }
                totals.merge(row.getTag(), count, Integer::sum);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        unwritten.forEach((tp, change) -> {
            if (change > 0) {
                created.add(projectRow(tp, change));
                totals.merge(tp.tag(), change, Integer::sum);
            }
        });
        store.create(HashtagProjectEntity.class, created);
        deleteIds(HashtagProjectEntity.class, emptied);
        return totals;
    }

    /** Replaces the placeholder counts of the locked rows with the tags' totals. */
    private static void writeIssueCounts(Map<String, HashtagEntity> lockedRows, Map<String, Integer> totals) {
        for (HashtagEntity row : lockedRows.values()) {
            int total = totals.getOrDefault(row.getTag(), 0);
            if (row.getIssueCount() != total) {
                row.setIssueCount(total);
                row.save();
            }
        }
    }

    private void deleteIds(Class<? extends net.java.ao.RawEntity<Integer>> type, List<Integer> ids) {
        for (List<Integer> chunk : InList.chunks(ids)) {
            store.deleteWithSQL(type, InList.in("ID", chunk.size()), chunk.toArray());
        }
    }

    private static Map<String, Object> projectRow(TagProject tp, int count) {
        return Map.of("TAG_PROJECT_KEY", tp.key(), "TAG", tp.tag(), "PROJECT_ID", tp.projectId(),
                "ISSUE_COUNT", count);
    }

    private static Map<String, Object> dayRow(Bucket bucket, int count) {
        return Map.of("DAY_KEY", bucket.dayKey(), "TAG", bucket.tag(), "PROJECT_ID", bucket.projectId(),
                "EPOCH_DAY", Math.toIntExact(bucket.epochDay()), "USES", count);
    }
}
