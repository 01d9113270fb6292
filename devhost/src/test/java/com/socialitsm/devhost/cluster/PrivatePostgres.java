package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, on a free port of 127.0.0.1), so the
 * test may stop and restart it without touching the team's shared server on 5432. Its settings are written into its
 * own {@code postgresql.conf}, so every start (and restart) uses this port and socket directory whatever the command
 * line says. Run as the {@code postgres} OS user when the test runs as root (PostgreSQL refuses to run as root).
 */
final class PrivatePostgres implements PrivateDatabase {
    private static final Path BIN = findBin();

    private final Path dir;
    private final Path data;
    private final int port;
    private final String database;

    /** Stops the server if the test JVM is stopped (Ctrl-C in Maven) before {@link #close()} ran. */
    private final Thread shutdownHook = new Thread(this::stopAndDelete, "private-postgres-cleanup");

    private PrivatePostgres(Path dir, int port, String database) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.database = database;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Whether this machine has PostgreSQL's server binaries (Debian's postgresql package). */
    static boolean available() {
        return BIN != null && (!PrivateDatabase.isRoot() || PrivateDatabase.canRunAs("postgres"));
    }

    private static Path findBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** initdb, configure, start, and create database {@code database}. */
    static PrivatePostgres start(String database) throws Exception {
        Path dir = Files.createTempDirectory("socialitsm-pg-");
        PrivatePostgres pg = new PrivatePostgres(dir, PrivateDatabase.freePort(), database);
        try {
            if (PrivateDatabase.isRoot()) {
                PrivateDatabase.run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            pg.asPostgres(BIN.resolve("initdb").toString(), "-D", pg.data.toString(), "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8");
            Files.writeString(pg.data.resolve("postgresql.conf"), String.join("\n",
                    "port = " + pg.port,
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + dir + "'",
                    // A test database: durability across an OS crash is not what is tested (only clean restarts).
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    "max_connections = 60",
                    "shared_buffers = 32MB",
                    ""), StandardOpenOption.APPEND);
            pg.start();
            try (Connection c = DriverManager.getConnection(pg.urlOf("postgres", pg.port));
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            return pg;
        } catch (Exception | Error e) {
            pg.close();
            throw e;
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(int viaPort) {
        return urlOf(database, viaPort);
    }

    private static String urlOf(String database, int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(port));
    }

    /** {@code pg_ctl stop -m fast}: open transactions are rolled back, connections closed. */
    @Override
    public void stop() throws Exception {
        pgCtl("stop", "-m", "fast");
    }

    @Override
    public void start() throws Exception {
        pgCtl("start");
    }

    private void pgCtl(String action, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), action, "-D", data.toString(),
                "-w", "-t", "60", "-l", dir.resolve("server.log").toString()));
        command.addAll(List.of(extra));
        asPostgres(command.toArray(String[]::new));
    }

    private void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (PrivateDatabase.isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        PrivateDatabase.run(full);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        stopAndDelete();
    }

    private void stopAndDelete() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pgCtl("stop", "-m", "immediate");
            }
        } catch (Exception e) {
            System.err.println("Could not stop the private PostgreSQL: " + e.getMessage());
        }
        PrivateDatabase.deleteTree(dir);
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
