package com.socialitsm.devhost.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * A database server of the test's own, on a free port of 127.0.0.1 with its files in a temporary directory, holding
 * one database for the nodes: the test may stop and start it without touching the team's shared servers. What
 * differs between the products is here; the fault test and its checks are the same for all. What the products'
 * servers share is {@link PrivateServer}.
 */
interface PrivateDatabase extends AutoCloseable {

    /** The products the fault test runs on, each skipped where its server binaries are missing. */
    enum Product {
        POSTGRESQL("PostgreSQL", PrivatePostgres::available, PrivatePostgres::start),
        MARIADB("MariaDB", PrivateMariaDb::available, PrivateMariaDb::start);

        /** Creates the server's files, starts it and creates {@code database} in it. */
        @FunctionalInterface
        interface Starter {
            PrivateDatabase start(String database) throws Exception;
        }

        private final String displayName;
        private final BooleanSupplier available;
        private final Starter starter;

        Product(String displayName, BooleanSupplier available, Starter starter) {
            this.displayName = displayName;
            this.available = available;
            this.starter = starter;
        }

        boolean available() {
            return available.getAsBoolean();
        }

        /** Creates the server's files, starts it and creates {@code database} in it. */
        PrivateDatabase start(String database) throws Exception {
            return starter.start(database);
        }

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
}
