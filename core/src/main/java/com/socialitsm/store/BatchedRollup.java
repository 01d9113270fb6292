package com.socialitsm.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a watermark rollup runs (the leaderboards' totals, the tag counts): batch after batch, each claimed and rolled
 * up in a transaction of its own, until one rolls up nothing or {@link #MAX_BATCHES_PER_RUN} have run. A batch that
 * loses a race to another node (the other node claimed the watermark, created the first one, or a deadlock) was
 * rolled back whole and ends this run; the next run of the cluster job goes on. What a batch does is the caller's.
 */
public final class BatchedRollup {
    /** What {@link #rollUpOneBatch()} answers when another node was rolling up. */
    public static final int LOST_CLAIM = -1;
    private static final int MAX_BATCHES_PER_RUN = 50;
    private static final Logger LOG = LoggerFactory.getLogger(BatchedRollup.class);

    private final Store store;
    private final String name;
    private final Store.TransactionWork<Integer> claimAndRollUp;

    /** {@code claimAndRollUp} runs inside a transaction and answers how many rows it rolled up (0: nothing ready). */
    public BatchedRollup(Store store, String name, Store.TransactionWork<Integer> claimAndRollUp) {
        this.store = store;
        this.name = name;
        this.claimAndRollUp = claimAndRollUp;
    }

    /** Rolls up what is ready, batch by batch; returns how many rows it rolled up (0 if another node was at it). */
    public int rollUp() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int rolled = rollUpOneBatch();
            if (rolled <= 0) {
                break;
            }
            total += rolled;
        }
        return total;
    }

    /** One batch in one transaction: the rows it rolled up, 0 when nothing was ready, or {@link #LOST_CLAIM}. */
    public int rollUpOneBatch() {
        try {
            return store.executeInTransaction(claimAndRollUp);
        } catch (RuntimeException e) {
            if (!ConstraintViolations.isLostRace(e)) {
                throw e;
            }
            store.flushAll();
            LOG.debug("The {} rollup lost a race to another node; it will try again on its next run", name, e);
            return LOST_CLAIM;
        }
    }
}
