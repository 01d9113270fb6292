package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.SplittableRandom;

import com.socialitsm.bench.harness.Latencies;

/**
 * The machine's floor for a write transaction: five reads by primary key and two inserts into an indexed table of its
 * own, then the commit, through the same driver and server as the engine, measured just before the change line. A
 * change is about that shape with larger tables and the engine's work around it, so the ratio of the two says how
 * much of a change's time is the engine's and how much the machine's; the machines here differ by 2× in the floor's
 * p99 (its commit's flush), which the change line inherits (BENCHMARKS.md, sessions 9 and 10).
 */
public final class MachineFloor {
    private static final String TABLE = "machine_floor";
    private static final int ROWS = 100_000;
    private static final int WARMUPS = 1_000;

    private MachineFloor() {
    }

    /**
     * The floor's latencies over {@code requests} transactions. A failure fails the run, as the bench's other SQL
     * does: the floor needs nothing the engine's own statements do not (so CI's quick run guards it).
     */
    public static String measure(BenchDatabase database, String schema, int requests) {
        try (Connection c = database.connectTo(schema)) {
            prepare(c);
            Latencies latencies = run(c, requests);
            Latencies.Summary s = latencies.summary();
            return String.format(Locale.ROOT, "the machine's floor, a transaction of 5 reads by key, 2 inserts into an "
                    + "indexed table and its commit, measured now through the same driver (%,d requests): "
                    + "p50 %.2f / p95 %.2f / p99 %.2f ms", s.count(), s.p50(), s.p95(), s.p99());
        } catch (SQLException e) {
            throw new IllegalStateException("Measuring the machine's floor failed: " + e.getMessage(), e);
        }
    }

    /** A fresh table of {@link #ROWS} rows, so that every run's floor starts from the same table. */
    private static void prepare(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (id BIGSERIAL PRIMARY KEY, k BIGINT NOT NULL, v VARCHAR(64))");
            s.execute("INSERT INTO " + TABLE + " (k, v) SELECT g * 7919 % " + ROWS + ", 'row ' || g"
                    + " FROM generate_series(1, " + ROWS + ") g");
            s.execute("CREATE INDEX " + TABLE + "_k ON " + TABLE + " (k)");
            s.execute("ANALYZE " + TABLE);
        }
    }

    private static Latencies run(Connection c, int requests) throws SQLException {
        c.setAutoCommit(false);
        Latencies latencies = new Latencies(requests);
        SplittableRandom random = new SplittableRandom(42);
        try (PreparedStatement read = c.prepareStatement("SELECT v FROM " + TABLE + " WHERE id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (k, v) VALUES (?, ?)")) {
            for (int n = 0; n < WARMUPS + requests; n++) {
                long start = System.nanoTime();
                for (int i = 0; i < 5; i++) {
                    read.setLong(1, 1 + random.nextInt(ROWS));
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                    }
                }
                for (int i = 0; i < 2; i++) {
                    insert.setLong(1, random.nextInt(ROWS));
                    insert.setString(2, "request " + n);
                    insert.executeUpdate();
                }
                c.commit();
                if (n >= WARMUPS) {
                    latencies.add(System.nanoTime() - start);
                }
            }
        } finally {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + TABLE);
            }
        }
        return latencies;
    }
}
