package com.socialitsm.bench.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what reaches the database through a datasource-proxy JDBC proxy: statements (a JDBC batch is one, as it is
 * one round trip), commits, rollbacks, and statements run in auto-commit mode (each its own transaction). Exact, so
 * unlike a timer it says the same thing on a busy machine. Counting is global; the harness measures one operation
 * at a time on one thread and takes the difference of two {@link Snapshot}s.
 */
public final class JdbcCounter implements UnaryOperator<DataSource> {
    /** How a commit is named among statements. The commit is no statement, but on a slow fsync most of a write. */
    static final String COMMIT = "COMMIT (flushes the WAL to disk)";

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong autoCommitStatements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    /**
     * Nanoseconds spent inside statements and commits (from the call into the driver to its return): with a request's
     * wall time it splits the request into the database's share and the client's own work. Two clock reads a
     * statement, so it stays on while timing.
     */
    private final AtomicLong databaseNanos = new AtomicLong();
    /** When on, the text of each statement is kept (for a per-operation listing in a report); off while timing. */
    private volatile boolean recording;
    private final List<String> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** While profiling: per SQL text, how often it ran and its total elapsed nanoseconds. */
    private volatile Map<String, long[]> profile;
    /**
     * While tracing: each statement and commit of the request under way, as sent (text, nanoseconds), so that the
     * slowest requests can be taken apart after the run. No regular expressions on this path: shapes are made later.
     */
    private volatile List<Timed> trace;
    private volatile DataSource counted;
    private final ThreadLocal<long[]> started = ThreadLocal.withInitial(() -> new long[1]);
    private final ThreadLocal<long[]> methodStarted = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public DataSource apply(DataSource dataSource) {
        counted = ProxyDataSourceBuilder.create(dataSource).name("bench")
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        started.get()[0] = System.nanoTime();
                    }

                    @Override
                    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        long elapsed = System.nanoTime() - started.get()[0];
                        databaseNanos.addAndGet(elapsed);
                        statements.incrementAndGet();
                        if (autoCommit(execInfo)) {
                            autoCommitStatements.incrementAndGet();
                        }
                        String sql = queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery();
                        if (recording) {
                            recorded.add(sql);
                        }
                        List<Timed> tracing = trace;
                        if (tracing != null) {
                            tracing.add(new Timed(sql, elapsed));
                        }
                        Map<String, long[]> profiling = profile;
                        if (profiling != null) {
                            long[] entry = profiling.computeIfAbsent(shape(sql), k -> new long[2]);
                            synchronized (entry) {
                                entry[0]++;
                                entry[1] += elapsed;
                            }
                        }
                    }
                })
                .methodListener(new MethodExecutionListener() {
                    @Override
                    public void beforeMethod(MethodExecutionContext context) {
                        methodStarted.get()[0] = System.nanoTime();
                    }

                    @Override
                    public void afterMethod(MethodExecutionContext context) {
                        if (!(context.getTarget() instanceof Connection) || context.getThrown() != null) {
                            return;
                        }
                        switch (context.getMethod().getName()) {
                            case "commit" -> {
                                long elapsed = System.nanoTime() - methodStarted.get()[0];
                                databaseNanos.addAndGet(elapsed);
                                commits.incrementAndGet();
                                List<Timed> tracing = trace;
                                if (tracing != null) {
                                    tracing.add(new Timed(COMMIT, elapsed));
                                }
                                Map<String, long[]> profiling = profile;
                                if (profiling != null) {
                                    // The commit is no statement, but on a disk with slow fsync it is most of a write.
                                    long[] entry = profiling.computeIfAbsent(COMMIT, k -> new long[2]);
                                    synchronized (entry) {
                                        entry[0]++;
                                        entry[1] += elapsed;
                                    }
                                }
                            }
                            case "rollback" -> rollbacks.incrementAndGet();
                            default -> { }
                        }
                    }
                })
                .build();
        return counted;
    }

    /** The counted data source this counter made (the pool as the app sees it), for queries run beside the app. */
    public DataSource dataSource() {
        if (counted == null) {
            throw new IllegalStateException("No data source counted yet");
        }
        return counted;
    }

    private static boolean autoCommit(ExecutionInfo info) {
        try {
            return info.getStatement() != null && info.getStatement().getConnection().getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(statements.get(), autoCommitStatements.get(), commits.get(), rollbacks.get(),
                databaseNanos.get());
    }

    /** Keeps the SQL text of every statement from now on, until {@link #stopRecording()}. */
    public void startRecording() {
        recorded.clear();
        recording = true;
    }

    /** The statements sent since {@link #startRecording()}, in the order first sent, with how often each was. */
    public Map<String, Long> stopRecording() {
        recording = false;
        Map<String, Long> result = new java.util.LinkedHashMap<>();
        recorded.forEach(sql -> result.merge(sql, 1L, Long::sum));
        recorded.clear();
        return result;
    }

    /** Starts timing every statement by its SQL text (IN lists folded, so that one shape is one line). */
    public void startProfile() {
        profile = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Per statement shape: {count, total elapsed nanoseconds}, most time first. */
    public Map<String, long[]> stopProfile() {
        Map<String, long[]> result = new java.util.LinkedHashMap<>();
        profile.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        profile = null;
        return result;
    }

    /** Starts keeping every statement of the current request with its time (one request at a time). */
    public void startTrace() {
        trace = new java.util.ArrayList<>(32);
    }

    /** What was sent since {@link #startTrace()}, in order. */
    public List<Timed> stopTrace() {
        List<Timed> sent = trace;
        trace = null;
        return sent == null ? List.of() : sent;
    }

    /** One statement (or commit) as sent and how long the driver took to answer it. */
    public record Timed(String sql, long nanos) {
    }

    static String shape(String sql) {
        return sql.replaceAll("^SELECT (\"[A-Z_]+\",?)+ FROM", "SELECT … FROM").replaceAll("\\?(, \\?)+", "?, …").replaceAll("\"[a-z0-9_]+\"\\.\"AO_[0-9A-F]{6}_", "\"")
                .replaceAll("[a-z0-9_]+\\.\"AO_[0-9A-F]{6}_", "\"");
    }

    /** Counter values at one moment. */
    public record Snapshot(long statements, long autoCommitStatements, long commits, long rollbacks,
            long databaseNanos) {
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(statements - earlier.statements, autoCommitStatements - earlier.autoCommitStatements,
                    commits - earlier.commits, rollbacks - earlier.rollbacks, databaseNanos - earlier.databaseNanos);
        }

        /** Each commit ends one transaction; each statement in auto-commit mode is one of its own. */
        public long transactions() {
            return commits + autoCommitStatements;
        }
    }
}
