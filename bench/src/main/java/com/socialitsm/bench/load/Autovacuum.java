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
 * What PostgreSQL's autovacuum would do for a run that starts from empty tables: every {@code naptime} seconds,
 * ANALYZE each table of the schema changed by more than 50 rows plus 10% of its size since its last analyze (the
 * server's defaults {@code autovacuum_analyze_threshold} and {@code autovacuum_analyze_scale_factor}).
 *
 * <p>Why the bench needs it: the machines here run PostgreSQL with {@code autovacuum = off} (a CI setting), while
 * Jira's databases run it on. Without statistics, a table created empty keeps the plans made when it was empty (the
 * JDBC driver's server-side prepared statements cache them until an ANALYZE invalidates them), so a long run that
 * fills a fresh schema — the backfill, the replay — reads its growing tables by sequential scan and slows down
 * quadratically, which no Jira database does.
 */
public final class AutoAnalyze implements AutoCloseable {
    /** The server's default {@code autovacuum_naptime}. */
    public static final int DEFAULT_NAPTIME_SECONDS = 60;

    private final BenchDatabase database;
    private final String schema;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final AtomicInteger analyzed = new AtomicInteger();

    private AutoAnalyze(BenchDatabase database, String schema, Consumer<String> log) {
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
    public static AutoAnalyze start(BenchDatabase database, String schema, int naptimeSeconds, Consumer<String> log) {
        AutoAnalyze analyze = new AutoAnalyze(database, schema, log);
        analyze.timer.scheduleWithFixedDelay(analyze::round, naptimeSeconds, naptimeSeconds, TimeUnit.SECONDS);
        return analyze;
    }

    /** How many ANALYZE statements ran. */
    public int analyzed() {
        return analyzed.get();
    }

    private void round() {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            List<String> due = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT relname FROM pg_stat_user_tables WHERE schemaname = '" + schema
                    + "' AND n_mod_since_analyze > 50 + 0.1 * n_live_tup")) {
                while (rs.next()) {
                    due.add(rs.getString(1));
                }
            }
            for (String table : due) {
                s.execute("ANALYZE " + schema + ".\"" + table + "\"");
                analyzed.incrementAndGet();
            }
        } catch (SQLException e) {
            log.accept("autoanalyze: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
