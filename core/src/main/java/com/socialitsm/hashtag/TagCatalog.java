package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.java.ao.Query;

import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.HashtagProjectEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * The HASHTAG rows: which tags exist, which are blocked and which were merged into another. Turns tags as written
 * into the tags to store.
 */
final class TagCatalog {
    private final Store store;

    TagCatalog(Store store) {
        this.store = store;
    }

    /** The rows of these tags, by tag: one statement per {@link com.socialitsm.store.InList#CHUNK} tags. */
    Map<String, HashtagEntity> load(Collection<String> tags) {
        Map<String, HashtagEntity> found = new HashMap<>();
        for (List<String> chunk : InList.chunks(new LinkedHashSet<>(tags))) {
            for (HashtagEntity row : store.find(HashtagEntity.class,
                    Query.select().where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                found.put(row.getTag(), row);
            }
        }
        return found;
    }

    /**
     * Loads the rows of these tags and takes each one's row lock, in tag order (so two writers never wait on each
     * other in a circle), so that two admin actions on the same tags (merges) take turns. The lock is an UPDATE that
     * changes the row (an UPDATE that changes nothing might one day not be sent): the count is set to a placeholder,
     * then, with every lock held, to the sum of the tag's project rows — what the rollup sets it to — read after the
     * locks, so a rollup that committed after this transaction first read the row is not undone (suggestions read
     * the count as the tag's rolled-up total, {@link TagCounts#rolledUpFromTotals}). Issue changes take no lock:
     * their counts are deltas ({@link TagCounts}).
     */
    Map<String, HashtagEntity> lock(Collection<String> tags) {
        Map<String, HashtagEntity> rows = load(tags);
        for (String tag : new TreeSet<>(rows.keySet())) {
            HashtagEntity row = rows.get(tag);
            row.setIssueCount(LOCKED_COUNT);
            row.save();
        }
        Map<String, Integer> totals = new HashMap<>();
        for (List<String> chunk : InList.chunks(rows.keySet())) {
            for (HashtagProjectEntity project : store.find(HashtagProjectEntity.class, Query.select(
                    "ID, TAG, ISSUE_COUNT").where(InList.in("TAG", chunk.size()), chunk.toArray()))) {
                totals.merge(project.getTag(), project.getIssueCount(), Integer::sum);
            }
        }
        for (HashtagEntity row : rows.values()) {
            row.setIssueCount(totals.getOrDefault(row.getTag(), 0));
            row.save();
        }
        return rows;
    }

    /** The count a row holds inside {@link #lock}, never committed. */
    static final int LOCKED_COUNT = -1;

    /**
     * Where each candidate goes: a blocked tag nowhere (also when it was merged, and when its merge target is
     * blocked), a merged tag to its target with the target's spelling, any other tag to itself as written. Costs one
     * statement, two when a candidate was merged.
     */
    Resolution resolve(Collection<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return new Resolution(Map.of(), List.of(), Set.of(), Map.of());
        }
        List<String> tags = candidates.stream().map(Candidate::tag).toList();
        Map<String, HashtagEntity> found = load(tags);
        Set<String> missingTargets = new LinkedHashSet<>();
        for (HashtagEntity row : found.values()) {
            if (!row.isBlocked() && row.getMergedInto() != null && !found.containsKey(row.getMergedInto())) {
                missingTargets.add(row.getMergedInto());
            }
        }
        if (!missingTargets.isEmpty()) {
            found.putAll(load(missingTargets));
        }
        Map<String, Candidate> targets = new LinkedHashMap<>();
        List<String> blocked = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            HashtagEntity row = found.get(candidate.tag());
            if (row == null) {
                targets.put(candidate.tag(), candidate);
                unknown.add(candidate.tag());
            } else if (row.isBlocked()) {
                blocked.add(candidate.tag());
            } else if (row.getMergedInto() == null) {
                targets.put(candidate.tag(), candidate);
            } else {
                HashtagEntity target = found.get(row.getMergedInto());
                if (target == null) {
                    targets.put(candidate.tag(), new Candidate(row.getMergedInto(), row.getMergedInto()));
                    unknown.add(row.getMergedInto());
                } else if (target.isBlocked()) {
                    blocked.add(candidate.tag());
                } else {
                    targets.put(candidate.tag(), new Candidate(target.getTag(), displayOf(target)));
                }
            }
        }
        return new Resolution(targets, blocked, unknown, found);
    }

    /** Creates the HASHTAG rows of tags used for the first time, in one batch, in tag order (as {@link #lock}). */
    void createFirstUses(Collection<Candidate> firstUses, long at) {
        Map<Candidate, Long> createdAt = new HashMap<>();
        firstUses.forEach(tag -> createdAt.put(tag, at));
        createFirstUses(createdAt);
    }

    /**
     * As {@link #createFirstUses(Collection, long)}, each tag created at its own time (the backfill's page: each tag
     * at the date of its earliest text); one batch per {@link InList#CHUNK} tags.
     */
    void createFirstUses(Map<Candidate, Long> createdAt) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Candidate> sorted = new ArrayList<>(createdAt.keySet());
        sorted.sort(Comparator.comparing(Candidate::tag));
        for (Candidate tag : sorted) {
            rows.add(Map.of("TAG", tag.tag(), "DISPLAY", tag.display(), "CREATED_AT", createdAt.get(tag),
                    "BLOCKED", false, "ISSUE_COUNT", 0));
        }
        for (List<Map<String, Object>> chunk : InList.chunks(rows)) {
            store.create(HashtagEntity.class, chunk);
        }
    }

    /** The row of this tag, created (unblocked, unmerged, unused) if there is none yet. */
    HashtagEntity getOrCreate(Candidate tag, long at) {
        HashtagEntity row = load(List.of(tag.tag())).get(tag.tag());
        if (row != null) {
            return row;
        }
        return store.create(HashtagEntity.class, Map.of("TAG", tag.tag(), "DISPLAY", tag.display(),
                "CREATED_AT", at, "BLOCKED", false, "ISSUE_COUNT", 0));
    }

    static String displayOf(HashtagEntity row) {
        return row.getDisplay() == null ? row.getTag() : row.getDisplay();
    }

    /**
     * Candidates resolved.
     *
     * @param targets by tag as written: the tag (and spelling) to store; blocked tags are absent
     * @param blocked tags as written that are blocked
     * @param unknown target tags that have no HASHTAG row yet (first use)
     * @param rows the HASHTAG rows read to resolve them, by tag
     */
    record Resolution(Map<String, Candidate> targets, List<String> blocked, Set<String> unknown,
            Map<String, HashtagEntity> rows) {
    }
}
