/**
 * Benchmarks of the performance budgets (ARCHITECTURE.md) on PostgreSQL at Jira Data Center scale. {@link
 * com.socialitsm.bench.BenchMain} is the command line ({@code bench/run} calls it); {@link
 * com.socialitsm.bench.BenchContext} is one loaded data set with the app built on it. Sub-packages: workload
 * (generated history), load (bulk loading), harness (measuring), ops (one adapter per budget line), host (ports over
 * the generated world), replay (Apache Jira texts through the engine), extraction (JMH), http (devhost load).
 */
package com.socialitsm.bench;
