package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own: {@code mariadb-install-db} into a temporary directory, then {@code mariadbd}
 * as a child process with its own data directory, socket and pid file, on a free port of 127.0.0.1, no option files
 * read ({@code --no-defaults}), so the team's shared server on 3306 is never touched. When the test runs as root the
 * server runs as the {@code mysql} OS user ({@code --user}). The database is created utf8mb4/utf8mb4_bin, as Jira
 * requires of MySQL-family databases.
 */
final class PrivateMariaDb extends PrivateServer {
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final String OS_USER = "mysql";

    private volatile Process server;

    private PrivateMariaDb(String database) throws IOException {
        super("mariadb", database);
    }

    /** Whether this machine has MariaDB's server binaries (Debian's mariadb-server package). */
    static boolean available() {
        return Files.isExecutable(SERVER) && Files.isExecutable(INSTALL_DB) && (!isRoot() || canRunAs(OS_USER));
    }

    /** install-db, start, and create database {@code database}. */
    static PrivateMariaDb start(String database) throws Exception {
        return started(new PrivateMariaDb(database));
    }

    @Override
    void install() throws Exception {
        if (isRoot()) {
            run(List.of("chown", OS_USER + ":", dir.toString()));
        }
        List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--auth-root-authentication-method=normal",
                "--skip-test-db", "--skip-name-resolve"));
        if (isRoot()) {
            install.add("--user=" + OS_USER);
        }
        run(install);
    }

    @Override
    String initialDatabase() {
        return "";
    }

    @Override
    String createDatabase() {
        return "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
    }

    @Override
    String urlOf(String databaseName, int viaPort) {
        // root@127.0.0.1 has an empty password (install-db's "normal" authentication for root).
        return "jdbc:mariadb://127.0.0.1:" + viaPort + "/" + databaseName + "?user=root&password=";
    }

    @Override
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl(port));
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * SIGTERM: MariaDB's normal shutdown, which disconnects every client (rolling back its open transaction) and
     * stops. Waits until the process has exited.
     */
    @Override
    public void stop() throws Exception {
        Process p = server;
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("MariaDB did not stop within 60 s: " + log());
        }
    }

    @Override
    public void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--port=" + port, "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--log-error=" + dir.resolve("server.log"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin",
                "--max-connections=80", "--innodb-buffer-pool-size=64M",
                // A test database: durability across an OS crash is not what is tested (only clean restarts).
                "--innodb-flush-log-at-trx-commit=2", "--innodb-doublewrite=0", "--skip-log-bin"));
        if (isRoot()) {
            command.add("--user=" + OS_USER);
        }
        Path out = dir.resolve("stdout.log");
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("MariaDB exited at start: " + log());
            }
            try (Connection c = DriverManager.getConnection(urlOf("", port) + "&connectTimeout=2000")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("MariaDB did not accept connections within 60 s: " + log(), last);
    }

    private String log() {
        try {
            Path log = dir.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    void kill() {
        Process p = server;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "MariaDB";
    }
}
