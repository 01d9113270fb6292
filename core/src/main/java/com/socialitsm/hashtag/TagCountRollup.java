package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.java.ao.Query;

import com.socialitsm.store.BatchedRollup;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagDeltaEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * Rolls HASHTAG_DELTA up into the tag counts (see {@link TagCounts}) and keeps {@link TagPrefixes}. Hosts run
 * {@link #rollUp()} in the cluster-wide rollup job, with the leaderboards' (Jira: {@code RunMode.RUN_ONCE_PER_CLUSTER},
 * every minute); running it on two nodes at once is safe anyway, as for {@code LeaderboardRollup}, whose shape this
 * is:
 *
 * <p>Each batch is one transaction that <em>claims</em> the batch first by deleting the watermark row it read, by
 * id; of two nodes only one deletes it, the other stops (on a first run, it fails on the unique SETTING key and is
 * rolled back whole). The winner adds the batch to the counts, deletes the batch's delta rows and writes the new
 * watermark, all in one transaction, so readers that add the deltas above the watermark count each exactly once.
 *
 * <p>Delta ids come from a sequence and become visible in commit order, not id order, so the rollup passes a gap in
 * the ids only once the row after it is older than {@link #GAP_GRACE}: a gap that old is a rolled-back transaction.
 */
public final class TagCountRollup {
    public static final Duration GAP_GRACE = Duration.ofMinutes(5);
    static final int BATCH = 2000;

    private final Store store;
    private final BatchedRollup batches;
    private final Clock clock;
    private final TagCounts counts;
    private final TagPrefixes prefixes;

    TagCountRollup(Store store, Clock clock, TagCounts counts, TagPrefixes prefixes) {
        this.store = store;
        this.batches = new BatchedRollup(store, "tag count", this::claimAndRollUp);
        this.clock = clock;
        this.counts = counts;
        this.prefixes = prefixes;
    }

    /** Rolls up what is ready, batch by batch; returns how many delta rows it added to the counts. */
    public int rollUp() {
        return batches.rollUp();
    }

    int rollUpOneBatch() {
        return batches.rollUpOneBatch();
    }

    private int claimAndRollUp() {
        TagCounts.Watermark watermark = counts.watermark();
        List<HashtagDeltaEntity> ready = ready(List.of(store.find(HashtagDeltaEntity.class, Query.select()
                .where("ID > ?", watermark.lastId()).order("ID ASC").limit(BATCH))), watermark.lastId());
        boolean rebuildPrefixes = !watermark.rolledUpOnce() || !prefixes.builtForMaxLength();
        if (ready.isEmpty() && !rebuildPrefixes) {
            return 0;
        }
        if (watermark.rolledUpOnce()
                && store.deleteWithSQL(SettingEntity.class, "ID = ?", watermark.rowId()) == 0) {
            return BatchedRollup.LOST_CLAIM;
        }
        if (rebuildPrefixes) {
            prefixes.rebuildAll();
        }
        long lastId = watermark.lastId();
        Set<Long> newProjects = new TreeSet<>();
        if (!ready.isEmpty()) {
            lastId = ready.get(ready.size() - 1).getID();
            addToCounts(ready, newProjects);
            store.deleteWithSQL(HashtagDeltaEntity.class, "ID <= ?", lastId);
        }
        recordCountedProjects(newProjects);
        store.create(SettingEntity.class, Map.of(
                "SETTING_KEY", TagCounts.WATERMARK_KEY, "SETTING_VALUE", Long.toString(lastId)));
        return ready.size();
    }

    /** The rows from the start of the batch up to the first gap in ids that is too young to pass. */
    private List<HashtagDeltaEntity> ready(List<HashtagDeltaEntity> batch, long lastId) {
        long oldEnough = clock.millis() - GAP_GRACE.toMillis();
        List<HashtagDeltaEntity> ready = new ArrayList<>();
        long previous = lastId;
        for (HashtagDeltaEntity delta : batch) {
            if (delta.getID() != previous + 1 && delta.getCreatedAt() > oldEnough) {
                break;
            }
            ready.add(delta);
            previous = delta.getID();
        }
        return ready;
    }

    /**
     * Adds the deltas to the day and project rows (a row whose count reaches zero is removed), sets each touched tag's
     * HASHTAG.ISSUE_COUNT to the sum of its project rows, and refreshes the prefixes those totals may change. A safe
     * read-modify-write: the claim makes this transaction the only writer of counts.
     */
    private void addToCounts(List<HashtagDeltaEntity> deltas, Set<Long> newProjects) {
        Map<TagCounts.Bucket, Integer> days = new LinkedHashMap<>();
        Map<TagCounts.TagProject, Integer> projects = new LinkedHashMap<>();
        Set<String> tags = new TreeSet<>();
        for (HashtagDeltaEntity delta : deltas) {
            TagCounts.Bucket bucket = new TagCounts.Bucket(delta.getTag(), delta.getProjectId(), delta.getEpochDay());
            days.merge(bucket, delta.getCountChange(), Integer::sum);
            projects.merge(bucket.tagProject(), delta.getCountChange(), Integer::sum);
            tags.add(delta.getTag());
        }
        addToDays(days);
        Map<String, Integer> totals = addToProjects(tags, projects, newProjects);
        List<HashtagEntity> changedTags = new ArrayList<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagEntity row : store.find(HashtagEntity.class,
                    Query.select().where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                int total = totals.getOrDefault(row.getTag(), 0);
                if (row.getIssueCount() != total) {
                    row.setIssueCount(total);
                    row.save();
                }
                changedTags.add(row);
            }
        }
        Map<String, Integer> newTotals = new HashMap<>();
        changedTags.forEach(row -> newTotals.put(row.getTag(), row.getIssueCount()));
        prefixes.refresh(newTotals);
    }

    private void addToDays(Map<TagCounts.Bucket, Integer> changes) {
        Map<String, TagCounts.Bucket> byKey = new LinkedHashMap<>();
        changes.forEach((bucket, change) -> {
            if (change != 0) {
                byKey.put(bucket.dayKey(), bucket);
            }
        });
        List<Integer> emptied = new ArrayList<>();
        for (List<String> chunk : InList.chunks(byKey.keySet())) {
            for (HashtagDayEntity row : store.find(HashtagDayEntity.class,
                    Query.select().where(InList.in("DAY_KEY", chunk.size()), chunk.toArray()))) {
                TagCounts.Bucket bucket = byKey.remove(row.getDayKey());
                int uses = row.getUses() + changes.get(bucket);
                if (uses <= 0) {
                    emptied.add(row.getID());
                } else {
                    row.setUses(uses);
                    row.save();
                }
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        byKey.values().forEach(bucket -> {
            int uses = changes.get(bucket);
            if (uses > 0) {
                created.add(Map.of("DAY_KEY", bucket.dayKey(), "TAG", bucket.tag(), "PROJECT_ID", bucket.projectId(),
                        "EPOCH_DAY", Math.toIntExact(bucket.epochDay()), "USES", uses));
            }
        });
        for (List<Map<String, Object>> chunk : InList.chunks(created)) {
            store.create(HashtagDayEntity.class, chunk);
        }
        deleteIds(HashtagDayEntity.class, emptied);
    }

    /**
     * Moves the touched project rows and returns each touched tag's total over all its projects; adds the projects of
     * rows it creates to {@code newProjects}.
     */
    private Map<String, Integer> addToProjects(Set<String> tags, Map<TagCounts.TagProject, Integer> changes,
                                               Set<Long> newProjects) {
        Map<TagCounts.TagProject, Integer> unwritten = new LinkedHashMap<>(changes);
        Map<String, Integer> totals = new HashMap<>();
        List<Integer> emptied = new ArrayList<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class,
                    Query.select().where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                Integer change = unwritten.remove(new TagCounts.TagProject(row.getTag(), row.getProjectId()));
                int count = Math.max(0, row.getIssueCount() + (change == null ? 0 : change));
                if (count == 0) {
                    emptied.add(row.getID());
                } else if (count != row.getIssueCount()) {
                    row.setIssueCount(count);
                    row.save();
                }
                totals.merge(row.getTag(), count, Integer::sum);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        unwritten.forEach((tagProject, change) -> {
            if (change > 0) {
                created.add(Map.of("TAG_PROJECT_KEY", tagProject.key(), "TAG", tagProject.tag(),
                        "PROJECT_ID", tagProject.projectId(), "ISSUE_COUNT", change));
                totals.merge(tagProject.tag(), change, Integer::sum);
                newProjects.add(tagProject.projectId());
            }
        });
        for (List<Map<String, Object>> chunk : InList.chunks(created)) {
            store.create(HashtagProjectEntity.class, chunk);
        }
        deleteIds(HashtagProjectEntity.class, emptied);
        return totals;
    }

    /**
     * Keeps {@link TagCounts#PROJECTS_KEY}: adds the projects that got rows in this batch, or, where nothing is
     * recorded yet (the first run, or counts made before it existed), records every project that has rows. One
     * statement a batch when nothing is new.
     */
    private void recordCountedProjects(Set<Long> newProjects) {
        SettingEntity[] rows = store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY = ?", TagCounts.PROJECTS_KEY));
        if (rows.length == 0) {
            Set<Long> all = new TreeSet<>(newProjects);
            store.stream(HashtagProjectEntity.class, Query.select("ID, PROJECT_ID"),
                    row -> all.add(row.getProjectId()));
            store.create(SettingEntity.class, Map.of(
                    "SETTING_KEY", TagCounts.PROJECTS_KEY, "SETTING_VALUE", TagCounts.formatProjects(all)));
            return;
        }
        Set<Long> counted = TagCounts.parseProjects(rows[0].getSettingValue());
        if (counted.addAll(newProjects)) {
            rows[0].setSettingValue(TagCounts.formatProjects(counted));
            rows[0].save();
        }
    }

    private void deleteIds(Class<? extends net.java.ao.RawEntity<Integer>> type, List<Integer> ids) {
        for (List<Integer> chunk : InList.chunks(ids)) {
            store.deleteWithSQL(type, InList.in("ID", chunk.size()), chunk.toArray());
        }
    }
}
