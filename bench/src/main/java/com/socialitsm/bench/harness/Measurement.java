package com.socialitsm.bench.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs an operation many times after a warm-up and records, for each request, its latency and exactly how many
 * statements and transactions it sent. One operation at a time, on one thread, so the counters' differences belong
 * to that request alone.
 */
public final class Measurement {
    private final JdbcCounter counter;

    public Measurement(JdbcCounter counter) {
        this.counter = counter;
    }

    public Result measure(String name, Budget budget, int warmups, int requests, BenchOperation operation) {
        for (int i = 0; i < warmups; i++) {
            operation.prepare(i);
            operation.run(i);
        }
        Latencies latencies = new Latencies(requests);
        Counts statements = new Counts();
        Counts transactions = new Counts();
        Map<String, Counts> byLabel = new TreeMap<>();
        Map<String, Latencies> latencyByLabel = new TreeMap<>();
        long[] elapsedNanos = new long[requests];
        long[] databaseNanos = new long[requests];
        List<List<JdbcCounter.Timed>> traces = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            int request = warmups + i;
            operation.prepare(request);
            JdbcCounter.Snapshot before = counter.snapshot();
            counter.startTrace();
            long start = System.nanoTime();
            String label = operation.run(request);
            long elapsed = System.nanoTime() - start;
            traces.add(counter.stopTrace());
            JdbcCounter.Snapshot sent = counter.snapshot().minus(before);
            latencies.add(elapsed);
            elapsedNanos[i] = elapsed;
            databaseNanos[i] = sent.databaseNanos();
            statements.add(sent.statements());
            transactions.add(sent.transactions());
            if (label != null && !label.isEmpty()) {
                byLabel.computeIfAbsent(label, l -> new Counts()).add(sent.statements());
                latencyByLabel.computeIfAbsent(label, l -> new Latencies(64)).add(elapsed);
            }
        }
        Map<String, Latencies.Summary> latencySummaries = new TreeMap<>();
        latencyByLabel.forEach((label, l) -> latencySummaries.put(label, l.summary()));
        return new Result(name, budget, latencies.summary(), statements, transactions, byLabel, latencySummaries,
                TailSplit.of(elapsedNanos, databaseNanos, traces));
    }

    /**
     * Where the slowest 1% of requests spend their time, next to all requests: mean wall time and mean time inside the
     * driver's statements and commits (the database's share, round trips included); the rest is the client's own work
     * and waiting for a CPU.
     */
    public record TailSplit(int slowest, double slowestMeanMillis, double slowestDatabaseMillis, double meanMillis,
            double databaseMillis, List<StatementShare> byStatement) {
        static TailSplit of(long[] elapsed, long[] database, List<List<JdbcCounter.Timed>> traces) {
            int n = elapsed.length;
            if (n == 0) {
                return new TailSplit(0, 0, 0, 0, 0, List.of());
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(elapsed[b], elapsed[a]));
            int slowest = Math.max(1, n / 100);
            double tailWall = 0;
            double tailDatabase = 0;
            for (int i = 0; i < slowest; i++) {
                tailWall += elapsed[order[i]];
                tailDatabase += database[order[i]];
            }
            double wall = 0;
            double db = 0;
            for (int i = 0; i < n; i++) {
                wall += elapsed[i];
                db += database[i];
            }
            Set<Integer> slowestRequests = new HashSet<>(Arrays.asList(order).subList(0, slowest));
            Map<String, long[]> inSlowest = new HashMap<>();
            Map<String, long[]> inAll = new HashMap<>();
            for (int i = 0; i < traces.size(); i++) {
                for (JdbcCounter.Timed timed : traces.get(i)) {
                    String shape = JdbcCounter.shape(timed.sql());
                    add(inAll, shape, timed.nanos());
                    if (slowestRequests.contains(i)) {
                        add(inSlowest, shape, timed.nanos());
                    }
                }
            }
            List<StatementShare> shares = new ArrayList<>();
            inAll.forEach((shape, all) -> {
                long[] tail = inSlowest.getOrDefault(shape, new long[2]);
                shares.add(new StatementShare(shape, (double) tail[0] / slowest, tail[1] / 1e6 / slowest,
                        (double) all[0] / n, all[1] / 1e6 / n));
            });
            shares.sort(Comparator.comparingDouble(StatementShare::slowestMillis).reversed());
            return new TailSplit(slowest, tailWall / slowest / 1e6, tailDatabase / slowest / 1e6, wall / n / 1e6,
                    db / n / 1e6, List.copyOf(shares));
        }

        private static void add(Map<String, long[]> sums, String shape, long nanos) {
            long[] sum = sums.computeIfAbsent(shape, s -> new long[2]);
            sum[0]++;
            sum[1] += nanos;
        }
    }

    /**
     * One statement shape's part in the slowest 1% of requests and in all: how often a request sends it and the
     * driver's time for it per request (ms). The shapes whose time grows most from all requests to the slowest are
     * where the tail is.
     */
    public record StatementShare(String shape, double slowestCount, double slowestMillis, double allCount,
            double allMillis) {
    }

    /** The SQL one request of the operation sends, for the report (request number {@code request}). */
    public Map<String, Long> statementsOf(BenchOperation operation, int request) {
        operation.prepare(request);
        counter.startRecording();
        operation.run(request);
        return counter.stopRecording();
    }

    /**
     * Where an operation's database time goes: runs requests {@code from}..{@code from + n - 1} timing every
     * statement (by its shape), after the measured run so that timing cannot disturb it.
     */
    public Profile profile(BenchOperation operation, int from, int n) {
        counter.startProfile();
        long total = 0;
        try {
            for (int i = 0; i < n; i++) {
                operation.prepare(from + i);
                long start = System.nanoTime();
                operation.run(from + i);
                total += System.nanoTime() - start;
            }
        } finally {
            Map<String, long[]> statements = counter.stopProfile();
            lastProfile = new Profile(n, total / 1e6, statements);
        }
        return lastProfile;
    }

    private Profile lastProfile;

    /** Statement shapes of {@code requests} requests: {count, total ns} each, and the requests' total time in ms. */
    public record Profile(int requests, double totalMillis, Map<String, long[]> statements) {
    }

    /** Min, max and mean of a per-request count. */
    public static final class Counts {
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;
        private long sum;
        private int n;

        void add(long value) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
            n++;
        }

        public long min() {
            return n == 0 ? 0 : min;
        }

        public long max() {
            return n == 0 ? 0 : max;
        }

        public double mean() {
            return n == 0 ? 0 : (double) sum / n;
        }

        public int requests() {
            return n;
        }

        public String range() {
            return min() == max() ? Long.toString(max()) : min() + "–" + max();
        }
    }

    /** What one operation measured. */
    public record Result(String name, Budget budget, Latencies.Summary latency, Counts statements,
            Counts transactions, Map<String, Counts> statementsByLabel, Map<String, Latencies.Summary> latencyByLabel,
            TailSplit tail) {

        public boolean withinLatency() {
            return latency.p99() <= budget.p99Millis();
        }

        public boolean withinStatementLimit() {
            return budget.statementLimit().isEmpty() || statements.max() <= budget.statementLimit().getAsInt();
        }

        public boolean withinTransactionLimit() {
            return budget.transactionLimit().isEmpty()
                    || transactions.max() <= budget.transactionLimit().getAsInt();
        }

        public Map<String, String> labelsSummary() {
            Map<String, String> summary = new LinkedHashMap<>();
            statementsByLabel.forEach((label, counts) -> {
                Latencies.Summary l = latencyByLabel.get(label);
                summary.put(label, String.format(java.util.Locale.ROOT, "%s | %d | %.2f | %.2f", counts.range(),
                        counts.requests(), l.p50(), l.p99()));
            });
            return summary;
        }
    }
}
