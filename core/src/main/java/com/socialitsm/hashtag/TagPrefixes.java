package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagPrefixEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * The most used tags per short prefix (HASHTAG_PREFIX), the candidates autocomplete offers for prefixes of one to three
 * characters: at the bench's 200 k tags such a prefix is shared by up to 5–15 k tags (three characters: up to 5 k,
 * four: up to 375), which the HASHTAG index range had to read and sort by count (p99 8 ms); this table answers with
 * one range of {@link #KEPT} rows. Kept by {@link TagCountRollup}, in the transaction that moves the counts it orders
 * by: a prefix is rewritten whenever a changed tag is in it or could enter it, and rebuilt whole from HASHTAG when it
 * holds fewer than {@link #KEPT} rows. Blocked and merged tags are left out; a tag blocked or merged since the last
 * rollup has no issues left, so readers, who count at read time, drop it.
 *
 * <p>A prefix without rows is one no eligible tag starts with, or one the table has not built yet: an install whose
 * table was built for two characters gets its three-character prefixes when its next rollup rebuilds the table
 * ({@link #BUILT_FOR_LENGTH_KEY}). Readers of such a prefix fall back to HASHTAG's range, which is exact either way.
 */
final class TagPrefixes {
    /** Prefixes up to this many characters (code points) have rows; longer ones read HASHTAG's TAG index. */
    static final int MAX_LENGTH = 3;
    /**
     * The SETTING that says for which {@link #MAX_LENGTH} the table was last rebuilt whole: an install whose table was
     * built for shorter prefixes is rebuilt by the next rollup ({@link TagCountRollup}), in the rollup's transaction.
     */
    static final String BUILT_FOR_LENGTH_KEY = "hashtag.prefixes.length";
    /** Tags kept per prefix: twenty suggestions with their overfetch. */
    static final int KEPT = 60;

    private static final String ELIGIBLE = "MERGED_INTO IS NULL AND BLOCKED = ? AND ISSUE_COUNT > ?";
    private static final Comparator<Kept> MOST_USED_FIRST =
            Comparator.comparingInt(Kept::issueCount).reversed().thenComparing(Kept::tag);

    /** A tag as a prefix keeps it. */
    private record Kept(String tag, String display, int issueCount) {
        static Kept of(HashtagEntity row) {
            return new Kept(row.getTag(), TagCatalog.displayOf(row), row.getIssueCount());
        }
    }

    private final Store store;

    TagPrefixes(Store store) {
        this.store = store;
    }

    /** Whether the table answers for this prefix (normal form) and this many candidates. */
    static boolean covers(String prefix, int wanted) {
        int length = prefix.codePointCount(0, prefix.length());
        return length >= 1 && length <= MAX_LENGTH && wanted <= KEPT;
    }

    /** The table's prefixes of a tag: its first one, two and three characters. */
    static List<String> prefixesOf(String tag) {
        Set<String> prefixes = new LinkedHashSet<>();
        int end = 0;
        for (int length = 1; length <= MAX_LENGTH && end < tag.length(); length++) {
            end = tag.offsetByCodePoints(end, 1);
            prefixes.add(tag.substring(0, end));
        }
        return List.copyOf(prefixes);
    }

    /** SQL (starting with " AND", or empty) and parameters that select tags starting with a prefix (empty = all). */
    record PrefixCriteria(String sql, List<Object> params) {
    }

    static PrefixCriteria criteria(String prefix) {
        if (prefix.isEmpty()) {
            return new PrefixCriteria("", List.of());
        }
        Criteria.PrefixRange range = Criteria.prefixRange(prefix);
        StringBuilder sql = new StringBuilder(" AND TAG >= ?");
        List<Object> params = new ArrayList<>(List.of(range.from()));
        if (range.below().isPresent()) {
            sql.append(" AND TAG < ?");
            params.add(range.below().get());
        }
        sql.append(" AND TAG LIKE ?").append(Criteria.LIKE_ESCAPE);
        params.add(Criteria.likePrefix(prefix));
        return new PrefixCriteria(sql.toString(), params);
    }

    /**
     * The most used tags starting with a prefix (empty = any) by their rolled-up count, neither blocked nor merged:
     * one statement on HASHTAG (the TAG index through the prefix's range, or the ISSUE_COUNT index for no prefix).
     */
    List<HashtagEntity> mostUsed(String prefix, int limit) {
        PrefixCriteria range = criteria(prefix);
        List<Object> params = new ArrayList<>(List.of(false, 0));
        params.addAll(range.params());
        return List.of(store.find(HashtagEntity.class, Query.select().where(ELIGIBLE + range.sql(), params.toArray())
                .order("ISSUE_COUNT DESC, TAG ASC").limit(limit)));
    }

    /** The kept tags of one prefix, most used first: one statement. */
    List<HashtagPrefixEntity> read(String prefix) {
        return List.of(store.find(HashtagPrefixEntity.class,
                Query.select().where("TAG_PREFIX = ?", prefix).order("PLACE ASC")));
    }

    /**
     * Rewrites the prefixes that these tags' new totals may change: those holding one of the tags, those not full,
     * and those whose last kept count a tag now reaches. Call with the HASHTAG counts already written.
     */
    void refresh(Map<String, Integer> newTotals) {
        Map<String, List<String>> touched = new HashMap<>();
        newTotals.keySet().forEach(tag -> prefixesOf(tag).forEach(
                prefix -> touched.computeIfAbsent(prefix, p -> new ArrayList<>()).add(tag)));
        Map<String, List<HashtagPrefixEntity>> kept = new HashMap<>();
        for (List<String> chunk : InList.chunks(touched.keySet())) {
            for (HashtagPrefixEntity row : store.find(HashtagPrefixEntity.class,
                    Query.select().where(InList.in("TAG_PREFIX", chunk.size()), chunk.toArray()))) {
                kept.computeIfAbsent(row.getTagPrefix(), p -> new ArrayList<>()).add(row);
            }
        }
        touched.forEach((prefix, tags) -> {
            List<HashtagPrefixEntity> rows = kept.getOrDefault(prefix, List.of());
            int lastKept = rows.stream().mapToInt(HashtagPrefixEntity::getIssueCount).min().orElse(0);
            boolean stale = rows.size() < KEPT
                    || rows.stream().anyMatch(row -> newTotals.containsKey(row.getTag()))
                    || tags.stream().anyMatch(tag -> newTotals.get(tag) >= lastKept);
            if (stale) {
                replace(prefix, mostUsed(prefix, KEPT).stream().map(Kept::of).toList());
            }
        });
    }

    /** Whether the table was last rebuilt whole for today's {@link #MAX_LENGTH}: one statement. */
    boolean builtForMaxLength() {
        SettingEntity[] rows = store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY = ?", BUILT_FOR_LENGTH_KEY));
        return rows.length == 1 && Integer.toString(MAX_LENGTH).equals(rows[0].getSettingValue());
    }

    /**
     * Rebuilds the whole table from HASHTAG: the rollup's first run (after installing), or its next run after an
     * upgrade that lengthened the prefixes. Streams the tags in use once and keeps the top {@link #KEPT} of each
     * prefix in memory; records the length it built for.
     */
    void rebuildAll() {
        Map<String, PriorityQueue<Kept>> top = new HashMap<>();
        store.stream(HashtagEntity.class, Query.select("ID, TAG, DISPLAY, ISSUE_COUNT").where(ELIGIBLE, false, 0),
                row -> {
                    Kept tag = Kept.of(row);
                    for (String prefix : prefixesOf(tag.tag())) {
                        PriorityQueue<Kept> queue = top.computeIfAbsent(prefix,
                                p -> new PriorityQueue<>(MOST_USED_FIRST.reversed()));
                        queue.add(tag);
                        if (queue.size() > KEPT) {
                            queue.poll();
                        }
                    }
                });
        store.deleteWithSQL(HashtagPrefixEntity.class, "ID > ?", 0);
        List<Map<String, Object>> rows = new ArrayList<>();
        top.forEach((prefix, queue) -> rows.addAll(rowsOf(prefix, queue)));
        for (List<Map<String, Object>> chunk : InList.chunks(rows)) {
            store.create(HashtagPrefixEntity.class, chunk);
        }
        store.deleteWithSQL(SettingEntity.class, "SETTING_KEY = ?", BUILT_FOR_LENGTH_KEY);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", BUILT_FOR_LENGTH_KEY,
                "SETTING_VALUE", Integer.toString(MAX_LENGTH)));
    }

    private void replace(String prefix, List<Kept> tags) {
        store.deleteWithSQL(HashtagPrefixEntity.class, "TAG_PREFIX = ?", prefix);
        store.create(HashtagPrefixEntity.class, rowsOf(prefix, tags));
    }

    private static List<Map<String, Object>> rowsOf(String prefix, Collection<Kept> tags) {
        List<Kept> sorted = new ArrayList<>(tags);
        sorted.sort(MOST_USED_FIRST);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Kept tag : sorted) {
            rows.add(Map.of("TAG_PREFIX", prefix, "PLACE", rows.size() + 1, "TAG", tag.tag(),
                    "DISPLAY", tag.display(), "ISSUE_COUNT", tag.issueCount()));
        }
        return rows;
    }
}
