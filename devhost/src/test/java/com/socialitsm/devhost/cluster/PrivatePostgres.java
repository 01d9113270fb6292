package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, on a free port of 127.0.0.1), so the
 * test may stop and restart it without touching the team's shared server on 5432. Its settings are written into its
 * own {@code postgresql.conf}, so every start (and restart) uses this port and socket directory whatever the command
 * line says. Run as the {@code postgres} OS user when the test runs as root (PostgreSQL refuses to run as root).
 */
final class PrivatePostgres implements AutoCloseable {
    private static final Path BIN = findBin();

    private final Path dir;
    private final Path data;
    private final int port;

    /** Stops the server if the test JVM is stopped (Ctrl-C in Maven) before {@link #close()} ran. */
    private final Thread shutdownHook = new Thread(this::stopAndDelete, "private-postgres-cleanup");

    private PrivatePostgres(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Whether this machine has PostgreSQL's server binaries (Debian's postgresql package). */
    static boolean available() {
        if (BIN == null) {
            return false;
        }
        if (!isRoot()) {
            return true;
        }
        try {
            Process id = new ProcessBuilder("runuser", "-u", "postgres", "--", "true").redirectErrorStream(true)
                    .start();
            id.getInputStream().readAllBytes();
            return id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    /** initdb, configure, start, and create database {@code name}. */
    static PrivatePostgres start(String database) throws Exception {
        Path dir = Files.createTempDirectory("socialitsm-pg-");
        PrivatePostgres pg = new PrivatePostgres(dir, freePort());
        try {
            if (isRoot()) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
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
                    ""), java.nio.file.StandardOpenOption.APPEND);
            pg.pgCtl("start");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"));
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            return pg;
        } catch (Exception | Error e) {
            pg.close();
            throw e;
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database));
    }

    /** A fast shutdown (open transactions are rolled back, connections closed), down for a while, then up again. */
    void restart(long downMillis) throws Exception {
        pgCtl("stop", "-m", "fast");
        Thread.sleep(downMillis);
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
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the server at once and deletes its directory. */
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
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
