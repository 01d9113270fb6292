package com.socialitsm.devhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.app.SocialApp;
import com.socialitsm.devhost.demo.AppSocialActions;
import com.socialitsm.devhost.demo.DemoClock;
import com.socialitsm.devhost.demo.DemoSeeder;
import com.socialitsm.devhost.http.WebServer;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.TrackerDirectory;
import com.socialitsm.devhost.tracker.HistorySeeder;
import com.socialitsm.devhost.tracker.TrackerHistory;
import com.socialitsm.devhost.tracker.TrackerLabels;
import com.socialitsm.devhost.tracker.TrackerSchema;
import com.socialitsm.store.standalone.DatabaseKind;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;

/**
 * The devhost: the whole app without Jira — our {@code atlas-run}, and the target of browser and load tests. Its
 * start-up order in one place: database and schema (the app's, then the demo tracker's), host ports, the app, the
 * demo tracker, demo data, the HTTP server. {@link #close()} undoes it in reverse: stop accepting, finish requests
 * in flight, close the pool.
 */
public final class DevHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevHost.class);
    /** Jersey and Grizzly log through java.util.logging; keep their start-up chatter out of the console. */
    private static final java.util.logging.Logger GLASSFISH_LOG = java.util.logging.Logger.getLogger("org.glassfish");
    /** Warns that javax.activation is missing, which only matters for a provider the app does not use. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders");
    /**
     * Warns, for every resource registered as an instance, that it "does not implement any provider interfaces" and
     * "will be ignored" as a provider — true and harmless: it is served as a resource.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECK_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    /** Announces every graceful shutdown as a warning. */
    private static final java.util.logging.Logger GRIZZLY_SHUTDOWN_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.grizzly.nio.GracefulShutdownRunner");

    private final EntityManagerStore store;
    private final SocialApp app;
    private final DemoTracker tracker;
    private final WebServer server;
    private final HostJobs jobs;
    private final DemoSeeder.Report seeding;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DevHost(EntityManagerStore store, SocialApp app, DemoTracker tracker, WebServer server, HostJobs jobs,
                    DemoSeeder.Report seeding) {
        this.store = store;
        this.app = app;
        this.tracker = tracker;
        this.server = server;
        this.jobs = jobs;
        this.seeding = seeding;
    }

    public static void main(String[] args) {
        DevHostOptions.Command command;
        try {
            command = DevHostOptions.parse(args);
        } catch (DevHostOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(DevHostOptions.usage());
            System.exit(2);
            return;
        }
        if (command.help()) {
            System.out.print(DevHostOptions.usage());
            return;
        }
        DevHostOptions options = command.options();
        if (options.seedOnly()) {
            DemoSeeder.Report report = seedOnly(options);
            System.out.println("Database ready: " + report.summary());
            return;
        }
        DevHost host = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            System.out.println("Social ITSM devhost stopped.");
        }, "devhost-shutdown"));
        System.out.println("Demo data: " + host.seeding().summary());
        System.out.println("Social ITSM devhost is ready at " + host.baseUrl()
                + "  (log in as alice/alice; admin/admin for the admin page)");
        host.awaitStop();
    }

    /** Opens the database, migrates and seeds it, starts serving. */
    public static DevHost start(DevHostOptions options) {
        GLASSFISH_LOG.setLevel(Level.WARNING);
        JERSEY_PROVIDERS_LOG.setLevel(Level.SEVERE);
        GRIZZLY_SHUTDOWN_LOG.setLevel(Level.SEVERE);
        JERSEY_PROVIDER_CHECK_LOG.setLevel(Level.SEVERE);
        EntityManagerStore store = openStore(options);
        try {
            Parts parts = assemble(store);
            DemoSeeder.Report report = parts.seeder().seed(options.demoData());
            new HistorySeeder(store, parts.clock()).seed(options.seedHistory());
            HostJobs jobs = HostJobs.start(HostJobs.of(parts.app()));
            try {
                WebServer server = WebServer.start(new WebServer.Setup(options.bindAddress(), options.port(),
                        parts.app(), parts.tracker(), new LoginSessions(store, parts.clock(), parts.random()),
                        parts.clock(), parts.random(),
                        parts.app().labelImport(new TrackerLabels(store), jobs.background()),
                        parts.app().backfill(new TrackerHistory(store), jobs.backfill()), options.bodyTimeout()));
                return new DevHost(store, parts.app(), parts.tracker(), server, jobs, report);
            } catch (RuntimeException e) {
                jobs.close();
                throw e;
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Migrates and seeds the database (and rolls the seeded points up), without serving. */
    public static DemoSeeder.Report seedOnly(DevHostOptions options) {
        try (EntityManagerStore store = openStore(options)) {
            Parts parts = assemble(store);
            DemoSeeder.Report report = parts.seeder().seed(options.demoData());
            new HistorySeeder(store, parts.clock()).seed(options.seedHistory());
            HostJobs.of(parts.app()).forEach(job -> job.work().run());
            return report;
        }
    }

    private record Parts(SocialApp app, DemoTracker tracker, DemoSeeder seeder, DemoClock clock, SecureRandom random) {
    }

    private static Parts assemble(EntityManagerStore store) {
        SchemaUpgrades.upgrade(store);
        TrackerSchema.migrate(store);
        DemoClock clock = new DemoClock(Clock.systemUTC());
        TrackerDirectory directory = new TrackerDirectory(store);
        SocialApp app = new SocialApp(store, clock, directory, directory, directory);
        DemoTracker tracker = new DemoTracker(store, clock, app.engine(), directory);
        DemoSeeder seeder = new DemoSeeder(tracker, new AppSocialActions(app), clock);
        return new Parts(app, tracker, seeder, clock, new SecureRandom());
    }

    private static EntityManagerStore openStore(DevHostOptions options) {
        if (options.database().kind() == DatabaseKind.H2 && options.database().jdbcUrl().startsWith("jdbc:h2:file:")) {
            String file = options.database().jdbcUrl().substring("jdbc:h2:file:".length()).split(";", 2)[0];
            try {
                Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory for " + file, e);
            }
        }
        return EntityManagerStore.open(options.database());
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:2990} (no trailing slash). */
    public String baseUrl() {
        String host = server.host();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + server.port();
    }

    public SocialApp app() {
        return app;
    }

    public DemoTracker tracker() {
        return tracker;
    }

    public EntityManagerStore store() {
        return store;
    }

    public DemoSeeder.Report seeding() {
        return seeding;
    }

    /** Blocks until {@link #close()} ran (from the shutdown hook on SIGTERM or Ctrl-C). */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting, finishes requests in flight, closes the pool. Safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
            jobs.close();
        } finally {
            store.close();
            stopped.countDown();
            LOG.info("Devhost stopped");
        }
    }
}
