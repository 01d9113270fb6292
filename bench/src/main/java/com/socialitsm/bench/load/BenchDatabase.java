package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.socialitsm.store.standalone.DatabaseConfig;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.Schema;
import com.socialitsm.store.upgrade.SchemaUpgrades;

/**
 * Where a data set lives: one PostgreSQL database (by default {@code bench} on the local server) and a schema per
 * data set ({@code small}, {@code medium}, {@code large}, {@code replay}...), so that the large set is loaded once
 * and reused while the small one is rebuilt in seconds. Creates the database and schema when missing.
 */
public record BenchDatabase(String serverUrl, String database, String user, String password, String urlOptions) {
    public static final BenchDatabase LOCAL = new BenchDatabase("jdbc:postgresql://127.0.0.1:5432/", "bench",
            "postgres", "", "");

    /**
     * The same database with commits that return before the WAL reaches the disk ({@code synchronous_commit=off},
     * set per connection): what the engine costs without this machine's fsync, for a replay that says which part
     * of its time is the disk. Never how the product runs.
     */
    public BenchDatabase withoutSynchronousCommit() {
        return withUrlOptions("&options=-c%20synchronous_commit%3Doff");
    }

    /** The same database with more JDBC URL parameters (e.g. {@code &reWriteBatchedInserts=true}), appended. */
    public BenchDatabase withUrlOptions(String more) {
        return new BenchDatabase(serverUrl, database, user, password, urlOptions + more);
    }

    public String url() {
        return serverUrl + database;
    }

    public String urlFor(String schema) {
        return url() + "?currentSchema=" + schema + "&reWriteBatchedInserts=false" + urlOptions;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** A plain connection whose search path is the schema (for COPY streams and catalog reads). */
    public Connection connectTo(String schema) throws SQLException {
        return DriverManager.getConnection(urlFor(schema), user, password);
    }

    /** Creates the database and the schema if they do not exist yet. */
    public void ensureSchema(String schema) {
        ensureDatabase();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database if it does not exist yet (a fresh machine has only the server's own databases). */
    private void ensureDatabase() {
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL not reachable at " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    public void dropSchema(String schema) {
        ensureDatabase();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** The app's store on this schema, migrated to the current model version, its JDBC wrapped by {@code proxy}. */
    public EntityManagerStore openStore(String schema, UnaryOperator<DataSource> proxy, int poolSize) {
        ensureSchema(schema);
        DatabaseConfig config = new DatabaseConfig(urlFor(schema), user, password, java.util.Optional.of(schema),
                poolSize);
        EntityManagerStore store = EntityManagerStore.open(config, proxy);
        SchemaUpgrades.upgrade(store);
        // As Jira's AO plugin does at every start: bring every entity's table up to date (additive), so a data set
        // made before an entity was added to the current model version gets its table too.
        store.migrate(Schema.entityArray());
        return store;
    }
}
