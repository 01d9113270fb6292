package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.java.ao.Query;

import com.socialitsm.store.BatchedRollup;
import com.socialitsm.store.InList;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * Rolls the ledger up into PointsTotal: one row per user and bucket (week, month, season; per project and overall).
 * Hosts run {@link #rollUp()} as one cluster-wide job (Jira: {@code RunMode.RUN_ONCE_PER_CLUSTER}, every minute);
 * running it on two nodes at once is safe anyway.
 *
 * <p>Each batch is one transaction that <em>claims</em> the batch first: it deletes the watermark row it read, by
 * that row's id. Only one transaction can delete a row, so of two nodes that read the same watermark one deletes it
 * and the other deletes nothing and stops (or, on a first run, fails on the unique watermark key and is rolled back
 * whole); the totals it might have added are never written. The winner adds the batch's points to the totals and
 * writes the new watermark row, all in the same transaction: totals and watermark always move together, so a
 * leaderboard that reads totals plus the ledger rows after the watermark counts each row exactly once.
 *
 * <p>Ledger ids come from a sequence and are visible in commit order, not id order: a transaction can commit row 41
 * after row 42 is already visible. So the rollup only passes a gap in the ids (41 missing while 42 is there) once
 * the row after the gap is older than {@link #GAP_GRACE}; a gap that old is a rolled-back transaction (a lost race,
 * typically), not one still running. Until then those rows stay in the tail, which readers add exactly.
 */
public final class LeaderboardRollup {
    static final Duration GAP_GRACE = Duration.ofMinutes(5);
    static final int BATCH = 2000;

    private final Store store;
    private final BatchedRollup batches;
    private final Clock clock;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final int batchSize;

    LeaderboardRollup(Store store, Clock clock, KudosSettings settings, Ledger ledger) {
        this(store, clock, settings, ledger, BATCH);
    }

    LeaderboardRollup(Store store, Clock clock, KudosSettings settings, Ledger ledger, int batchSize) {
        this.store = store;
        this.batches = new BatchedRollup(store, "leaderboard", this::claimAndRollUp);
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.batchSize = batchSize;
    }

    /**
     * Rolls up what is ready, batch by batch, and returns how many ledger rows it added to the totals (0 when there
     * was nothing ready or another node was rolling up).
     */
    public int rollUp() {
        return batches.rollUp();
    }

    int rollUpOneBatch() {
        return batches.rollUpOneBatch();
    }

    private int claimAndRollUp() {
        KudosSettings.Watermark watermark = settings.watermark();
        List<Ledger.Entry> ready = ready(ledger.after(watermark.lastId(), batchSize), watermark.lastId());
        if (ready.isEmpty()) {
            return 0;
        }
        if (watermark.rowId() != 0
                && store.deleteWithSQL(SettingEntity.class, "ID = ?", watermark.rowId()) == 0) {
            return BatchedRollup.LOST_CLAIM;
        }
        Seasons seasons = settings.seasons();
        Map<Bucket, Integer> deltas = new LinkedHashMap<>();
        for (Ledger.Entry entry : ready) {
            if (entry.points() == 0) {
                continue;
            }
            for (String periodKey : PeriodKeys.keysOf(entry.createdAt(), entry.projectId(), seasons)) {
                deltas.merge(new Bucket(periodKey, entry.userKey()), entry.points(), Integer::sum);
            }
        }
        deltas.values().removeIf(points -> points == 0);
        addToTotals(deltas);
        store.create(SettingEntity.class, Map.of(
                "SETTING_KEY", KudosSettings.WATERMARK_KEY,
                "SETTING_VALUE", Long.toString(ready.get(ready.size() - 1).id())));
        return ready.size();
    }

    /** The rows from the start of the batch up to the first gap in ids that is too young to pass. */
    private List<Ledger.Entry> ready(List<Ledger.Entry> batch, long lastId) {
        long oldEnough = clock.millis() - GAP_GRACE.toMillis();
        List<Ledger.Entry> ready = new ArrayList<>();
        long previous = lastId;
        for (Ledger.Entry entry : batch) {
            if (entry.id() != previous + 1 && entry.createdAt() > oldEnough) {
                break;
            }
            ready.add(entry);
            previous = entry.id();
        }
        return ready;
    }

    /** One user's total in one period bucket. */
    private record Bucket(String periodKey, String userKey) {
        String totalKey() {
            return PeriodKeys.totalKey(periodKey, userKey);
        }
    }

    private void addToTotals(Map<Bucket, Integer> deltas) {
        List<String> keys = deltas.keySet().stream().map(Bucket::totalKey).toList();
        Map<String, PointsTotalEntity> existing = new HashMap<>();
        for (List<String> chunk : InList.chunks(keys)) {
            for (PointsTotalEntity row : store.find(PointsTotalEntity.class, Query.select()
                    .where(InList.in("TOTAL_KEY", chunk.size()), chunk.toArray()))) {
                existing.put(row.getTotalKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (Map.Entry<Bucket, Integer> delta : deltas.entrySet()) {
            Bucket bucket = delta.getKey();
            PointsTotalEntity row = existing.get(bucket.totalKey());
            if (row != null) {
                // A safe read-modify-write: the claim above makes this transaction the only writer of totals.
                row.setPoints(row.getPoints() + delta.getValue());
                row.save();
            } else {
                created.add(Map.of(
                        "TOTAL_KEY", bucket.totalKey(),
                        "PERIOD_KEY", bucket.periodKey(),
                        "USER_KEY", bucket.userKey(),
                        "POINTS", delta.getValue()));
            }
        }
        store.create(PointsTotalEntity.class, created);
    }
}
