/**
 * The measuring side: {@link com.socialitsm.bench.harness.Measurement} (warm-up, then latency percentiles over many
 * requests with exact per-request statement and transaction counts from {@link
 * com.socialitsm.bench.harness.JdbcCounter}), {@link com.socialitsm.bench.harness.Budget} (one line of the budgets
 * table) and {@link com.socialitsm.bench.harness.BenchOperation} (the adapter each measured operation implements).
 */
package com.socialitsm.bench.harness;
