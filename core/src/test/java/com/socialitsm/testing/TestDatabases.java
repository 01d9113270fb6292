package com.socialitsm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.socialitsm.store.standalone.DatabaseConfig;
import com.socialitsm.store.standalone.DatabaseKind;

/**
 * The real databases tests run on, chosen by {@code -Dsocial.db=h2|postgres|mariadb} (default h2). Each call to
 * {@link #createIsolated()} makes a schema (PostgreSQL) or database (MariaDB, utf8mb4/utf8mb4_bin as Jira requires)
 * of its own, named after this run, so concurrent runs and earlier leftovers never meet.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String MARIADB_SERVER_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private final String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final AtomicInteger sequence = new AtomicInteger();

    public static DatabaseKind selected() {
        String db = System.getProperty("social.db", "h2").trim().toLowerCase(Locale.ROOT);
        return switch (db) {
            case "h2", "" -> DatabaseKind.H2;
            case "postgres", "postgresql", "pg" -> DatabaseKind.POSTGRES;
            case "mariadb", "mysql" -> DatabaseKind.MARIADB;
            default -> throw new IllegalArgumentException("-Dsocial.db must be h2, postgres or mariadb, not " + db);
        };
    }

    /** A new, empty database (or schema) on the selected server. */
    public Isolated createIsolated() {
        String name = "t_" + runId + "_" + sequence.incrementAndGet();
        return switch (selected()) {
            case H2 -> new Isolated(DatabaseConfig.h2Memory(name), () -> { });
            case POSTGRES -> {
                execute(POSTGRES_URL, "postgres", "", "CREATE SCHEMA " + name);
                yield new Isolated(DatabaseConfig.of(POSTGRES_URL + "?currentSchema=" + name, "postgres", "")
                        .withSchema(name),
                        () -> execute(POSTGRES_URL, "postgres", "", "DROP SCHEMA " + name + " CASCADE"));
            }
            case MARIADB -> {
                execute(MARIADB_SERVER_URL, "root", "",
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                yield new Isolated(DatabaseConfig.of(MARIADB_SERVER_URL + name, "root", ""),
                        () -> execute(MARIADB_SERVER_URL, "root", "", "DROP DATABASE " + name));
            }
        };
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database not reachable for: " + sql + " (" + url + "): "
                    + e.getMessage(), e);
        }
    }

    /** A database of a test's own, and how to drop it. */
    public record Isolated(DatabaseConfig config, Runnable drop) {
    }
}
