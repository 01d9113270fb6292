package com.socialitsm.bench.harness;

/**
 * One kind of request the harness times, e.g. "read a feed page" or "handle one issue change". Each budget line of
 * ARCHITECTURE.md has one; they are small adapters over the services, filled in as each service lands.
 */
public interface BenchOperation {
    /**
     * Makes the input of request {@code request} before its clock starts (e.g. the issue change a host would deliver:
     * generating it is the bench's work, not the app's). The harness calls it right before {@link #run} each time.
     */
    default void prepare(int request) {
    }

    /**
     * Runs request number {@code request} (requests pick their inputs deterministically from it) and returns a
     * label to group its statement counts by (e.g. "comment, 1 tag added"), or an empty string.
     */
    String run(int request);
}
