package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the private servers share: a temporary directory, a free port of 127.0.0.1 and one database; the order of
 * bringing one up ({@link #install}, {@link #start}, create the database, and {@link #close} on any failure); and a
 * shutdown hook that removes the server if the test JVM is stopped (Ctrl-C in Maven) before {@link #close} ran.
 * A product says how its files are made, how it is started, stopped and killed, and how its JDBC URLs look.
 */
abstract class PrivateServer implements PrivateDatabase {
    final Path dir;
    final int port;
    final String database;
    private final Thread shutdownHook;

    PrivateServer(String product, String database) throws IOException {
        this.dir = Files.createTempDirectory("socialitsm-" + product + "-");
        this.port = freePort();
        this.database = database;
        this.shutdownHook = new Thread(this::discard, "private-" + product + "-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Creates the server's files in {@link #dir}, before its first start. */
    abstract void install() throws Exception;

    /** The JDBC URL of a database of this server, reached at 127.0.0.1:{@code viaPort}. */
    abstract String urlOf(String databaseName, int viaPort);

    /** The database that exists from the start, to connect to while creating ours. */
    abstract String initialDatabase();

    /** The statement that creates {@link #database}. */
    abstract String createDatabase();

    /** Stops the server at once if it runs: no clean shutdown is needed, its files are thrown away. */
    abstract void kill();

    /** Installs, starts and creates the database; closes the server (deleting its files) if any of it fails. */
    static <S extends PrivateServer> S started(S server) throws Exception {
        try {
            server.install();
            server.start();
            try (Connection c = DriverManager.getConnection(server.urlOf(server.initialDatabase(), server.port));
                 Statement s = c.createStatement()) {
                s.execute(server.createDatabase());
            }
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    @Override
    public final int port() {
        return port;
    }

    @Override
    public final String jdbcUrl(int viaPort) {
        return urlOf(database, viaPort);
    }

    @Override
    public final void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        discard();
    }

    private void discard() {
        kill();
        deleteTree(dir);
    }

    // -------------------------------------------------------------- for the products

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

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
