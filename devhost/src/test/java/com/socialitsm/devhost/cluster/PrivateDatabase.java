package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A database server of the test's own, on a free port of 127.0.0.1 with its files in a temporary directory, holding
 * one database for the nodes: the test may stop and start it without touching the team's shared servers. What
 * differs between the products is here; the fault test and its checks are the same for all.
 */
interface PrivateDatabase extends AutoCloseable {

    /** The products the fault test runs on, each skipped where its server binaries are missing. */
    enum Product {
        POSTGRESQL("PostgreSQL") {
            @Override
            boolean available() {
                return PrivatePostgres.available();
            }

            @Override
            PrivateDatabase start(String database) throws Exception {
                return PrivatePostgres.start(database);
            }
        },
        MARIADB("MariaDB") {
            @Override
            boolean available() {
                return PrivateMariaDb.available();
            }

            @Override
            PrivateDatabase start(String database) throws Exception {
                return PrivateMariaDb.start(database);
            }
        };

        private final String displayName;

        Product(String displayName) {
            this.displayName = displayName;
        }

        abstract boolean available();

        /** Creates the server's files, starts it and creates {@code database} in it. */
        abstract PrivateDatabase start(String database) throws Exception;

        @Override
        public String toString() {
            return displayName;
        }
    }

    /** The port the server listens on (127.0.0.1). */
    int port();

    /** The nodes' JDBC URL of the database, reached at 127.0.0.1:{@code port} (the server's, or a proxy's). */
    String jdbcUrl(int port);

    /**
     * A connection for the test's checks, which quote identifiers as standard SQL does ({@code "AO_X_VOTE"}):
     * MariaDB's session is switched to {@code ANSI_QUOTES}, PostgreSQL needs nothing.
     */
    Connection connect() throws SQLException;

    /** A fast shutdown: open transactions are rolled back and every connection is closed. Returns once it is down. */
    void stop() throws Exception;

    /** Starts the stopped server again (same files, port and settings) and returns once it accepts connections. */
    void start() throws Exception;

    /** Stops the server at once (no clean shutdown needed: its files are thrown away) and deletes its directory. */
    @Override
    void close();

    // -------------------------------------------------------------- shared by the implementations

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a command to its end (at most 90 s) and fails with its output unless it exits with 0. */
    static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Whether {@code runuser -u user -- true} works, i.e. the test (as root) can run the server as that OS user. */
    static boolean canRunAs(String user) {
        try {
            Process id = new ProcessBuilder("runuser", "-u", user, "--", "true").redirectErrorStream(true).start();
            id.getInputStream().readAllBytes();
            return id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
