package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What PostgreSQL's autovacuum would do, with the server's default thresholds. {@link #start}: for a run that starts
 * from empty tables, every {@code naptime} seconds, ANALYZE each table of the schema changed by more than 50 rows plus
 * 10% of its size since its last analyze ({@code autovacuum_analyze_threshold}, {@code autovacuum_analyze_scale_factor}).
 * {@link #catchUp}: before a measurement on a data set that earlier runs changed, VACUUM each table with more dead rows
 * than 50 plus 20% of its live ones ({@code autovacuum_vacuum_threshold}, {@code autovacuum_vacuum_scale_factor}) —
 * the rollup deletes every HASHTAG_DELTA row it takes in, and without a vacuum the tail's reads walk the dead ones.
 *
 * <p>Why the bench needs it: the machines here run PostgreSQL with {@code autovacuum = off} (a CI setting), while
 * Jira's databases run it on. Without statistics, a table created empty keeps the plans made when it was empty (the
 * JDBC driver's server-side prepared statements cache them until an ANALYZE invalidates them), so a long run that
 * fills a fresh schema — the backfill, the replay — reads its growing tables by sequential scan and slows down
 * quadratically, which no Jira database does.
 */
public final class Autovacuum implements AutoCloseable {
    /** The server's default {@code autovacuum_naptime}. */
    public static final int DEFAULT_NAPTIME_SECONDS = 60;

    private final BenchDatabase database;
    private final String schema;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final AtomicInteger analyzed = new AtomicInteger();

    private Autovacuum(BenchDatabase database, String schema, Consumer<String> log) {
        this.database = database;
        this.schema = schema;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-autoanalyze");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts analyzing the schema's tables in the background, as autovacuum would. */
    public static Autovacuum start(BenchDatabase database, String schema, int naptimeSeconds, Consumer<String> log) {
        Autovacuum analyze = new Autovacuum(database, schema, log);
        analyze.timer.scheduleWithFixedDelay(analyze::round, naptimeSeconds, naptimeSeconds, TimeUnit.SECONDS);
        return analyze;
    }

    /**
     * Vacuums (and analyzes) the schema's tables that autovacuum would have vacuumed by now; returns their names. A
     * measurement that follows runs on the tables a Jira database would have, not on every earlier run's dead rows.
     */
    public static List<String> catchUp(BenchDatabase database, String schema) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            return run(s, schema, "n_dead_tup > 50 + 0.2 * n_live_tup", "VACUUM ANALYZE ");
        }
    }

    /** Runs {@code command} on each of the schema's tables that {@code due} (over pg_stat_user_tables) selects. */
    private static List<String> run(Statement s, String schema, String due, String command) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT relname FROM pg_stat_user_tables WHERE schemaname = '" + schema
                + "' AND " + due)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            s.execute(command + schema + ".\"" + table + "\"");
        }
        return tables;
    }

    /** How many ANALYZE statements ran. */
    public int analyzed() {
        return analyzed.get();
    }

    private void round() {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            analyzed.addAndGet(run(s, schema, "n_mod_since_analyze > 50 + 0.1 * n_live_tup", "ANALYZE ").size());
        } catch (SQLException e) {
            log.accept("autoanalyze: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
