package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
final class PrivatePostgres extends PrivateServer {
    private static final Path BIN = findBin();

    private final Path data;

    private PrivatePostgres(String database) throws IOException {
        super("postgres", database);
        this.data = dir.resolve("data");
    }

    /** Whether this machine has PostgreSQL's server binaries (Debian's postgresql package). */
    static boolean available() {
        return BIN != null && (!isRoot() || canRunAs("postgres"));
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
        return started(new PrivatePostgres(database));
    }

    @Override
    void install() throws Exception {
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        asPostgres(BIN.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8");
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                "port = " + port,
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + dir + "'",
                // A test database: durability across an OS crash is not what is tested (only clean restarts).
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "max_connections = 60",
                "shared_buffers = 32MB",
                ""), StandardOpenOption.APPEND);
    }

    @Override
    String initialDatabase() {
        return "postgres";
    }

    @Override
    String createDatabase() {
        return "CREATE DATABASE " + database;
    }

    @Override
    String urlOf(String databaseName, int viaPort) {
        return "jdbc:postgresql://127.0.0.1:" + viaPort + "/" + databaseName + "?user=postgres";
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
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    @Override
    void kill() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pgCtl("stop", "-m", "immediate");
            }
        } catch (Exception e) {
            System.err.println("Could not stop the private PostgreSQL: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
