package com.socialitsm.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import net.java.ao.Query;

import com.socialitsm.app.SocialApp;
import com.socialitsm.bench.harness.JdbcCounter;
import com.socialitsm.bench.harness.Measurement;
import com.socialitsm.bench.host.SyntheticHost;
import com.socialitsm.bench.load.BenchDatabase;
import com.socialitsm.bench.load.DatasetLoader;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.WorkloadSize;
import com.socialitsm.follow.FollowService;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.SettingEntity;

/**
 * One loaded data set, ready to measure: the app (built by {@link SocialApp} exactly as hosts build it) on a store
 * whose JDBC is counted, the host ports over the same generated world, and a clock that starts where the history
 * ends and runs on in real time.
 */
public final class BenchContext implements AutoCloseable {
    private static final String RUN_KEY = "bench.run";
    private final ServiceDesk desk;
    private final String schema;
    private final BenchDatabase database;
    private final JdbcCounter counter;
    private final EntityManagerStore store;
    private final SyntheticHost host;
    private final SocialApp app;
    private final Clock clock;
    private final DatasetLoader.LoadReport load;

    private BenchContext(BenchDatabase database, String schema, ServiceDesk desk, JdbcCounter counter,
            EntityManagerStore store, DatasetLoader.LoadReport load) {
        this.database = database;
        this.schema = schema;
        this.desk = desk;
        this.counter = counter;
        this.store = store;
        this.load = load;
        this.host = new SyntheticHost(desk);
        this.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), ServiceDesk.HISTORY_END));
        this.app = new SocialApp(store, clock, host, host, host);
    }

    /** Opens the data set of this size and seed in its schema, loading it first unless it is there already. */
    public static BenchContext open(BenchDatabase database, WorkloadSize size, long seed, Consumer<String> log) {
        return open(database, size, seed, FollowService.DEFAULT_FAN_IN_THRESHOLD, log);
    }

    /**
     * As {@link #open(BenchDatabase, WorkloadSize, long, Consumer)} with another fan-in threshold than the app's
     * default, in a schema of its own ({@code _t<threshold>}) so that the default data set stays loaded.
     */
    public static BenchContext open(BenchDatabase database, WorkloadSize size, long seed, int fanInThreshold,
            Consumer<String> log) {
        String schema = schemaOf(size, seed, fanInThreshold);
        ServiceDesk desk = new ServiceDesk(size, seed);
        JdbcCounter counter = new JdbcCounter();
        database.ensureSchema(schema);
        // One loader per schema at a time: two runs started together would otherwise load twice. The advisory lock
        // goes with this connection.
        try (Connection lock = database.connect(); Statement s = lock.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + schema.hashCode() + ")");
            boolean loaded = DatasetLoader.isLoaded(database, schema, desk, fanInThreshold);
            if (!loaded) {
                // Anything else in the schema (another version, a load that broke off) goes: fresh tables, then load.
                database.dropSchema(schema);
                database.ensureSchema(schema);
            }
            EntityManagerStore store = database.openStore(schema, counter, 4);
            try {
                DatasetLoader loader = new DatasetLoader(database, schema, desk, store, fanInThreshold, log);
                DatasetLoader.LoadReport load = loaded ? loader.reused() : loader.load();
                store.flushAll();
                return new BenchContext(database, schema, desk, counter, store, load);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open data set " + schema + ": " + e.getMessage(), e);
        }
    }

    /** The schema a data set lives in. */
    static String schemaOf(WorkloadSize size, long seed, int fanInThreshold) {
        return "bench_" + size.name() + "_" + seed
                + (fanInThreshold == FollowService.DEFAULT_FAN_IN_THRESHOLD ? "" : "_t" + fanInThreshold);
    }

    /**
     * Drops a data set, so that the next {@link #open} loads it afresh. The quick run does this each time: a reused
     * data set carries the issues earlier runs created, which this run's host does not know, so the tag page would
     * skip ever more unknown issues at the top of a tag and its statement count would depend on how many runs came
     * before.
     */
    public static void drop(BenchDatabase database, WorkloadSize size, long seed, int fanInThreshold) {
        database.dropSchema(schemaOf(size, seed, fanInThreshold));
    }

    public ServiceDesk desk() {
        return desk;
    }

    public String schema() {
        return schema;
    }

    public BenchDatabase database() {
        return database;
    }

    public JdbcCounter counter() {
        return counter;
    }

    public Measurement measurement() {
        return new Measurement(counter);
    }

    public EntityManagerStore store() {
        return store;
    }

    public SyntheticHost host() {
        return host;
    }

    public SocialApp app() {
        return app;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * A number no earlier run on this data set used (kept in SETTING), so that the issues and change ids a run
     * creates never collide with those of runs before it on a data set that is reused.
     */
    public long nextRunNumber() {
        return store.executeInTransaction(() -> {
            SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", RUN_KEY));
            long next = rows.length == 0 ? 1 : Long.parseLong(rows[0].getSettingValue()) + 1;
            if (rows.length == 0) {
                store.create(SettingEntity.class, Map.of("SETTING_KEY", RUN_KEY, "SETTING_VALUE", Long.toString(next)));
            } else {
                rows[0].setSettingValue(Long.toString(next));
                rows[0].save();
            }
            return next;
        });
    }

    public DatasetLoader.LoadReport load() {
        return load;
    }

    @Override
    public void close() {
        store.close();
    }
}
