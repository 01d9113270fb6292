package com.socialitsm.hashtag;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import net.java.ao.Query;

import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagDeltaEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * The tag counts, exact without a lock on any tag: every tagging added or removed appends a delta row (tag, project,
 * day, ±1) to HASHTAG_DELTA, all of one change in one batch, so a change costs the same statements whatever its
 * number of tags, and concurrent writers of one tag never wait on each other (Active Objects has no atomic
 * {@code UPDATE … SET n = n + 1}, and recounting under the tag's row lock cost ~4 statements per tag).
 * {@link TagCountRollup} adds the deltas to the rolled-up counts and deletes them, moving the watermark in the same
 * transaction:
 * <ul>
 *   <li>HASHTAG_DAY.USES: the tag's rows in the project whose TAGGED_AT falls in that UTC day (the trending
 *       baseline);</li>
 *   <li>HASHTAG_PROJECT.ISSUE_COUNT: the tag's rows in the project (visible counts);</li>
 *   <li>HASHTAG.ISSUE_COUNT: all the tag's rows (orders suggestions).</li>
 * </ul>
 * Readers add the deltas the rollup has not reached (the tail, ids above the watermark) to the rolled-up counts. The
 * watermark is read before and after (each statement sees its own snapshot under READ COMMITTED): if a rollup
 * committed in between, the read is repeated, so no delta is counted twice or missed, as for leaderboards.
 */
final class TagCounts {
    static final long DAY_MILLIS = 86_400_000L;
    static final String WATERMARK_KEY = "hashtag.rollup.watermark";
    /**
     * The projects that have HASHTAG_PROJECT rows (comma-separated ids), kept by {@link TagCountRollup} in the
     * transaction that adds a project's first row. It only grows (a project whose rows all went stays listed), so
     * the projects a viewer may not fully browse are "these minus the viewer's": what suggestions subtract from the
     * tags' totals ({@link #rolledUpFromTotals}).
     */
    static final String PROJECTS_KEY = "hashtag.rollup.projects";
    private static final int ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;

    TagCounts(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
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

    /** The rollup's progress: deltas with ID ≤ {@code lastId} are in the counts; {@code rowId} is 0 before its first run. */
    record Watermark(long rowId, long lastId) {
        boolean rolledUpOnce() {
            return rowId != 0;
        }
    }

    /** The count changes of one write of taggings, collected and then recorded at once ({@link #record}). */
    static final class Changes {
        private final Map<Bucket, Integer> byBucket = new LinkedHashMap<>();

        void added(String tag, long projectId, long taggedAtMillis) {
            byBucket.merge(Bucket.of(tag, projectId, taggedAtMillis), 1, Integer::sum);
        }

        void removed(String tag, long projectId, long taggedAtMillis) {
            byBucket.merge(Bucket.of(tag, projectId, taggedAtMillis), -1, Integer::sum);
        }
    }

    /** Appends the changes as delta rows: one batch statement (per {@link InList#CHUNK} buckets), none if nothing changed. */
    void record(Changes changes) {
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>();
        changes.byBucket.forEach((bucket, change) -> {
            if (change != 0) {
                rows.add(Map.of("TAG", bucket.tag(), "PROJECT_ID", bucket.projectId(),
                        "EPOCH_DAY", Math.toIntExact(bucket.epochDay()), "COUNT_CHANGE", change, "CREATED_AT", now));
            }
        });
        for (List<Map<String, Object>> chunk : InList.chunks(rows)) {
            store.create(HashtagDeltaEntity.class, chunk);
        }
    }

    /**
     * The failure a write raises when it finds that a concurrent transaction changed the rows it is about to count
     * (a serialization failure, SQLState 40001): {@link Store#executeInTransactionRetryingRaces} runs the work again.
     */
    static RuntimeException lostRace(String what) {
        return new IllegalStateException(what, new SQLException(what, "40001"));
    }

    Watermark watermark() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", WATERMARK_KEY));
        return rows.length == 0 ? new Watermark(0, 0)
                : new Watermark(rows[0].getID(), Long.parseLong(rows[0].getSettingValue()));
    }

    /**
     * Runs a read of rolled-up counts plus their tail as of one watermark, again if a rollup committed meanwhile (at
     * most {@link #ATTEMPTS} times; three rollups in a row during one read of milliseconds are not expected).
     * Statements: the read's, plus two reads of the watermark.
     */
    <T> T consistently(Function<Watermark, T> read) {
        return repeatedWhileRolledUp(() -> new Start(watermark(), Optional.empty()),
                start -> read.apply(start.watermark()));
    }

    /**
     * As {@link #consistently}, with the {@link #PROJECTS_KEY counted projects} read in the same statement as the
     * first watermark (empty before the rollup first recorded them). Being read before the counts and only growing,
     * they hold every project of the rolled-up rows the read sees, unless a rollup committed meanwhile, when the read
     * is repeated.
     */
    <T> T consistentlyWithProjects(BiFunction<Watermark, Optional<Set<Long>>, T> read) {
        return repeatedWhileRolledUp(this::watermarkWithProjects,
                start -> read.apply(start.watermark(), start.countedProjects()));
    }

    /** What a consistent read starts from: the watermark, and the counted projects where the read asked for them. */
    private record Start(Watermark watermark, Optional<Set<Long>> countedProjects) {
    }

    /** The watermark and the counted projects, in one statement. */
    private Start watermarkWithProjects() {
        Watermark watermark = new Watermark(0, 0);
        Optional<Set<Long>> projects = Optional.empty();
        for (SettingEntity row : store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY IN (?, ?)", WATERMARK_KEY, PROJECTS_KEY))) {
            if (row.getSettingKey().equals(WATERMARK_KEY)) {
                watermark = new Watermark(row.getID(), Long.parseLong(row.getSettingValue()));
            } else {
                projects = Optional.of(parseProjects(row.getSettingValue()));
            }
        }
        return new Start(watermark, projects);
    }

    /** Runs the read from its start, again while a rollup committed meanwhile (at most {@link #ATTEMPTS} times). */
    private <T> T repeatedWhileRolledUp(Supplier<Start> starting, Function<Start, T> read) {
        for (int attempt = 1; ; attempt++) {
            Start start = starting.get();
            T result = read.apply(start);
            if (attempt >= ATTEMPTS || watermark().lastId() == start.watermark().lastId()) {
                return result;
            }
        }
    }

    static Set<Long> parseProjects(String value) {
        Set<Long> projects = new TreeSet<>();
        if (value != null && !value.isBlank()) {
            for (String id : value.split(",")) {
                projects.add(Long.parseLong(id.strip()));
            }
        }
        return projects;
    }

    static String formatProjects(Set<Long> projects) {
        return new TreeSet<>(projects).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The rolled-up counts, in the given projects, of tags whose rolled-up totals (over every project) are known —
     * the same as {@link #rolledUpInProjects} for these tags, reading fewer rows: the totals minus the rows of the
     * counted projects outside {@code projects} (most viewers may browse nearly every project), or, where those are
     * the more, the rows of the counted projects inside. Without counted projects (before the rollup first recorded
     * them), {@link #rolledUpInProjects}. Call inside {@link #consistentlyWithProjects}, with totals read there.
     */
    Map<String, Integer> rolledUpFromTotals(Map<String, Integer> totals, Set<Long> projects,
                                            Optional<Set<Long>> counted) {
        if (counted.isEmpty()) {
            return rolledUpInProjects(totals.keySet(), projects);
        }
        Set<Long> hidden = new TreeSet<>(counted.get());
        hidden.removeAll(projects);
        Set<Long> shown = new TreeSet<>(counted.get());
        shown.retainAll(projects);
        Map<String, Integer> visible = new HashMap<>();
        if (hidden.size() <= shown.size()) {
            visible.putAll(totals);
            projectRows(totals.keySet(), hidden).forEach(
                    row -> visible.merge(row.getTag(), -row.getIssueCount(), Integer::sum));
        } else {
            projectRows(totals.keySet(), shown).forEach(
                    row -> visible.merge(row.getTag(), row.getIssueCount(), Integer::sum));
        }
        return visible;
    }

    /**
     * The HASHTAG_PROJECT rows of these tags in these projects: by their unique key where that names few rows, else
     * the tags' rows filtered here. No statement when either is empty.
     */
    private List<HashtagProjectEntity> projectRows(Collection<String> tags, Set<Long> projects) {
        if (tags.isEmpty() || projects.isEmpty()) {
            return List.of();
        }
        if ((long) tags.size() * projects.size() <= InList.CHUNK) {
            List<String> keys = new ArrayList<>();
            tags.forEach(tag -> projects.forEach(project -> keys.add(new TagProject(tag, project).key())));
            return List.of(store.find(HashtagProjectEntity.class, Query.select("ID, TAG, PROJECT_ID, ISSUE_COUNT")
                    .where(InList.in("TAG_PROJECT_KEY", keys.size()), keys.toArray())));
        }
        return rowsOfTagsIn(tags, projects);
    }

    /**
     * Issues carrying each tag in the given projects (the counts readers are shown): HASHTAG_PROJECT plus the tail.
     * Four statements for up to {@link InList#CHUNK} tags.
     */
    Map<String, Integer> inProjects(Collection<String> tags, Set<Long> projects) {
        return consistently(watermark -> {
            Map<String, Integer> visible = rolledUpInProjects(tags, projects);
            addTail(visible, tail(watermark, tags), projects);
            return visible;
        });
    }

    /** The rolled-up part of {@link #inProjects}: call inside {@link #consistently}. */
    Map<String, Integer> rolledUpInProjects(Collection<String> tags, Set<Long> projects) {
        Map<String, Integer> visible = new HashMap<>();
        rowsOfTagsIn(tags, projects).forEach(row -> visible.merge(row.getTag(), row.getIssueCount(), Integer::sum));
        return visible;
    }

    /** The HASHTAG_PROJECT rows of these tags (through the TAG index, a statement per chunk) kept for these projects. */
    private List<HashtagProjectEntity> rowsOfTagsIn(Collection<String> tags, Set<Long> projects) {
        List<HashtagProjectEntity> rows = new ArrayList<>();
        for (List<String> chunk : InList.chunks(tags)) {
            for (HashtagProjectEntity row : store.find(HashtagProjectEntity.class, Query.select(
                    "ID, TAG, PROJECT_ID, ISSUE_COUNT").where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                if (projects.contains(row.getProjectId())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Adds the tail's changes in these projects to per-tag counts. */
    static void addTail(Map<String, Integer> counts, List<HashtagDeltaEntity> tail, Set<Long> projects) {
        for (HashtagDeltaEntity delta : tail) {
            if (projects.contains(delta.getProjectId())) {
                counts.merge(delta.getTag(), delta.getCountChange(), Integer::sum);
            }
        }
    }

    /** The deltas of these tags above the watermark. */
    List<HashtagDeltaEntity> tail(Watermark watermark, Collection<String> tags) {
        List<HashtagDeltaEntity> tail = new ArrayList<>();
        for (List<String> chunk : InList.chunks(tags)) {
            tail.addAll(List.of(store.find(HashtagDeltaEntity.class, Query.select(
                    "ID, TAG, PROJECT_ID, EPOCH_DAY, COUNT_CHANGE").where("ID > ? AND " + InList.in("TAG", chunk.size()),
                    Criteria.params(List.of(watermark.lastId()), chunk.toArray())))));
        }
        return tail;
    }

    /** The deltas above the watermark of every tag starting with a prefix (normal form; empty = every tag). */
    List<HashtagDeltaEntity> tailWithPrefix(Watermark watermark, String prefix) {
        TagPrefixes.PrefixCriteria range = TagPrefixes.criteria(prefix);
        return List.of(store.find(HashtagDeltaEntity.class, Query.select("ID, TAG, PROJECT_ID, EPOCH_DAY, COUNT_CHANGE")
                .where("ID > ?" + range.sql(), Criteria.params(List.of(watermark.lastId()), range.params().toArray()))));
    }

    /**
     * Uses of each tag in the given projects on the days {@code fromDay} (inclusive) to {@code toDay} (exclusive):
     * HASHTAG_DAY plus the tail.
     */
    Map<String, Integer> daysInProjects(Collection<String> tags, long fromDay, long toDay, Set<Long> projects) {
        return consistently(watermark -> {
            Map<String, Integer> uses = new HashMap<>();
            for (List<String> chunk : InList.chunks(tags)) {
                for (HashtagDayEntity day : store.find(HashtagDayEntity.class, Query.select("ID, TAG, PROJECT_ID, USES")
                        .where(InList.in("TAG", chunk.size()) + " AND EPOCH_DAY >= ? AND EPOCH_DAY < ?",
                                Criteria.params(chunk, Math.toIntExact(fromDay), Math.toIntExact(toDay))))) {
                    if (projects.contains(day.getProjectId())) {
                        uses.merge(day.getTag(), day.getUses(), Integer::sum);
                    }
                }
            }
            List<HashtagDeltaEntity> inDays = tail(watermark, tags).stream()
                    .filter(delta -> delta.getEpochDay() >= fromDay && delta.getEpochDay() < toDay).toList();
            addTail(uses, inDays, projects);
            return uses;
        });
    }

    /**
     * Uses of one tag in the given projects per day, {@code fromDay} (inclusive) to {@code toDay} (exclusive), by epoch
     * day (days without use absent): HASHTAG_DAY along its EPOCH_DAY index plus the tail. Four statements.
     */
    Map<Long, Integer> perDayInProjects(String tag, long fromDay, long toDay, Set<Long> projects) {
        return consistently(watermark -> {
            Map<Long, Integer> uses = new HashMap<>();
            for (HashtagDayEntity day : store.find(HashtagDayEntity.class, Query.select("ID, PROJECT_ID, EPOCH_DAY, USES")
                    .where("TAG = ? AND EPOCH_DAY >= ? AND EPOCH_DAY < ?", tag, Math.toIntExact(fromDay),
                            Math.toIntExact(toDay)))) {
                if (projects.contains(day.getProjectId())) {
                    uses.merge((long) day.getEpochDay(), day.getUses(), Integer::sum);
                }
            }
            for (HashtagDeltaEntity delta : tail(watermark, List.of(tag))) {
                if (projects.contains(delta.getProjectId()) && delta.getEpochDay() >= fromDay
                        && delta.getEpochDay() < toDay) {
                    uses.merge((long) delta.getEpochDay(), delta.getCountChange(), Integer::sum);
                }
            }
            return uses;
        });
    }
}
