package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import net.java.ao.RawEntity;

import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.follow.FollowService;
import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.SettingEntity;

/**
 * Loads a generated service-desk history straight into the app's tables: one pass over the issues streams the fact
 * tables through PostgreSQL COPY, one connection per table ({@link HistoryFacts}, with {@link LedgerRows} and
 * {@link HeavyUserFeeds}); then SQL derives what the services keep denormalized with the same definitions the
 * services use ({@link DerivedTables}); then the indexes Active Objects created are rebuilt and the tables analysed.
 *
 * <p>Rows are what the engine would have written for the same history, with the encodings of the services
 * (source keys, follow keys, period keys). A marker in SETTING records size, seed, loader version and a fingerprint
 * of the schema, and the fan-in threshold it was loaded for: a matching data set is reused, anything else is emptied
 * and loaded again.
 */
public final class DatasetLoader {
    /** Bump when what the loader writes changes, so that stored data sets are loaded again. */
    static final int LOADER_VERSION = 7;
    public static final String MARKER_KEY = "bench.dataset";
    private static final String BADGES_KEY = "bench.badges";

    private final BenchDatabase database;
    private final String schema;
    private final ServiceDesk desk;
    private final EntityManagerStore store;
    private final Consumer<String> log;
    private final int fanInThreshold;

    /**
     * @param fanInThreshold the follower count above which a target is fan-in (the app's setting, written with the
     *                       data set so that the services read it too)
     */
    public DatasetLoader(BenchDatabase database, String schema, ServiceDesk desk, EntityManagerStore store,
            int fanInThreshold, Consumer<String> log) {
        this.database = database;
        this.schema = schema;
        this.desk = desk;
        this.store = store;
        this.fanInThreshold = fanInThreshold;
        this.log = log;
    }

    /** What a loaded data set holds, row counts by table. */
    public record LoadReport(boolean reused, Map<String, Long> rows, double seconds) {
    }

    /**
     * The marker of this world for the current code: size, seed, loader version and a digest of every entity's
     * columns as the code declares them, so that a data set made for another schema is loaded again.
     */
    public static String marker(ServiceDesk desk, int fanInThreshold) {
        return String.format(Locale.ROOT, "size=%s seed=%d loader=%d schema=%s fanIn=%d", desk.size().name(),
                desk.seed(), LOADER_VERSION, SchemaDigest.of(com.socialitsm.store.Schema.ENTITIES), fanInThreshold);
    }

    /** Whether the schema holds this world's data set, loaded completely by this version of the loader. */
    public static boolean isLoaded(BenchDatabase database, String schema, ServiceDesk desk, int fanInThreshold) {
        String setting = "\"" + schema + "\".\"" + com.socialitsm.store.TableNames.appPrefix() + "SETTING\"";
        try (Connection connection = database.connect();
                PreparedStatement s = connection.prepareStatement("SELECT \"SETTING_VALUE\" FROM " + setting
                        + " WHERE \"SETTING_KEY\" = ?")) {
            s.setString(1, MARKER_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && marker(desk, fanInThreshold).equals(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Loads the data set into the schema's freshly created, empty tables. */
    public LoadReport load() {
        try (Connection connection = database.connect()) {
            Tables tables = new Tables(store, connection, schema);
            long start = System.nanoTime();
            load(connection, tables);
            tables.writeSetting(connection, BADGES_KEY, "derived");
            tables.writeSetting(connection, FollowService.FAN_IN_THRESHOLD_KEY, Integer.toString(fanInThreshold));
            tables.writeSetting(connection, MARKER_KEY, marker(desk, fanInThreshold));
            return new LoadReport(false, tables.rowCounts(connection), (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading " + desk + " failed: " + e.getMessage(), e);
        }
    }

    /** The row counts of a data set that is there already, after adding what an earlier loader left out. */
    public LoadReport reused() {
        try (Connection connection = database.connect()) {
            log.accept("Data set " + desk + " already loaded in schema " + schema + " ("
                    + marker(desk, fanInThreshold) + ")");
            Tables tables = new Tables(store, connection, schema);
            backfill(connection, tables);
            return new LoadReport(true, tables.rowCounts(connection), 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void load(Connection connection, Tables tables) throws SQLException {
        log.accept("Loading " + desk + " into schema " + schema + " ...");
        TableIndexes indexes = new TableIndexes();
        for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
            if (entity != SettingEntity.class) {
                indexes.drop(connection, schema, tables.name(entity));
            }
        }
        long start = System.nanoTime();
        HistoryFacts facts = new HistoryFacts(database, schema, desk, tables, fanInThreshold, log);
        try {
            facts.writeAll();
        } finally {
            facts.closeAll();
        }
        log.accept(String.format(Locale.ROOT, "  facts streamed in %.1f s: %s", (System.nanoTime() - start) / 1e9,
                facts.counts()));
        start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            new DerivedTables(tables).deriveAll(s);
        }
        log.accept(String.format(Locale.ROOT, "  derived tables in %.1f s", (System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        indexes.restore(connection, line -> log.accept("  index " + line));
        log.accept(String.format(Locale.ROOT, "  indexes rebuilt in %.1f s", (System.nanoTime() - start) / 1e9));
        resetSequences(connection, tables);
        start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
                s.execute("VACUUM ANALYZE " + tables.quoted(entity));
            }
        }
        connection.setAutoCommit(autoCommit);
        log.accept(String.format(Locale.ROOT, "  vacuum analyze in %.1f s", (System.nanoTime() - start) / 1e9));
    }

    /** Badges were added to the loader after the first large data sets: derived in place, not reloaded. */
    private void backfill(Connection connection, Tables tables) throws SQLException {
        if (tables.readSetting(connection, BADGES_KEY).isEmpty()) {
            long start = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                new DerivedTables(tables).deriveBadges(s);
                s.execute("ANALYZE " + tables.quoted(BadgeEntity.class));
            }
            tables.writeSetting(connection, BADGES_KEY, "derived");
            log.accept(String.format(Locale.ROOT, "  badges derived in %.1f s", (System.nanoTime() - start) / 1e9));
        }
    }

    private void resetSequences(Connection connection, Tables tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
                String table = tables.quoted(entity);
                s.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'ID'), "
                        + "coalesce((SELECT max(\"ID\") FROM " + table + "), 0) + 1, false)");
            }
        }
    }
}
