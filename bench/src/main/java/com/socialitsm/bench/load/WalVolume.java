package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The write-ahead log PostgreSQL wrote while a line ran, from {@code pg_stat_wal} (PostgreSQL 14 and later): records,
 * full-page images and bytes, divided by the line's requests. A change's latency varies by machine (its tail is
 * mostly the disk's flush), but what it writes does not: these figures compare two versions of the engine across
 * machines, where timings can only be compared within minutes on one (BENCHMARKS.md, session 10). The view counts the
 * whole server, so the figures are exact only on a machine where nothing else writes.
 *
 * <p>Empty when the server has no such view (PostgreSQL before 14).
 */
public final class WalVolume {
    private WalVolume() {
    }

    /** The server's WAL counters at one moment. */
    public record Counters(long records, long fullPageImages, long bytes) {
        public Counters minus(Counters earlier) {
            return new Counters(records - earlier.records, fullPageImages - earlier.fullPageImages,
                    bytes - earlier.bytes);
        }

        /** Per request of a line that made {@code requests} requests. */
        public String describe(int requests) {
            double n = Math.max(1, requests);
            return String.format(Locale.ROOT, "%.1f MB of WAL for %,d requests, per request %.1f kB in %.0f records, "
                    + "%.1f of them full-page images", bytes / 1e6, requests, bytes / n / 1e3, records / n,
                    fullPageImages / n);
        }
    }

    /**
     * A checkpoint, then the counters: a page's first change after a checkpoint writes the whole page into the WAL, so
     * a run that starts at the same point of the checkpoint cycle as another writes comparable full-page images (and
     * meets the checkpointer's writes at the same point). Without the privilege to checkpoint, the counters alone.
     */
    public static Optional<Counters> checkpointAndRead(BenchDatabase database) {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            // Neither a superuser nor pg_checkpoint's member: the run starts wherever the cycle is.
        }
        return read(database);
    }

    public static Optional<Counters> read(BenchDatabase database) {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")) {
            rs.next();
            return Optional.of(new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        } catch (SQLException e) {
            // No pg_stat_wal before PostgreSQL 14.
            return Optional.empty();
        }
    }
}
