package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.RawEntity;

import com.socialitsm.store.EntityManagerStore;
import com.socialitsm.store.Schema;
import com.socialitsm.store.SettingEntity;

/**
 * The app's tables as Active Objects created them in one schema: names from {@link EntityManagerStore#tableName}
 * ({@code AO_xxxxxx_FEED_ITEM}) and the columns the catalog lists, upper case and quoted in SQL; SETTING rows and
 * row counts read and written directly.
 */
final class Tables {
    private final EntityManagerStore store;
    private final String schema;
    private final Map<String, Set<String>> columns = new LinkedHashMap<>();

    Tables(EntityManagerStore store, Connection connection, String schema) throws SQLException {
        this.store = store;
        this.schema = schema;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ? "
                        + "ORDER BY table_name, ordinal_position")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
    }

    String schema() {
        return schema;
    }

    String name(Class<? extends RawEntity<?>> entity) {
        return store.tableName(entity);
    }

    /** {@code "schema"."AO_..."}, for SQL. */
    String quoted(Class<? extends RawEntity<?>> entity) {
        return "\"" + schema + "\".\"" + name(entity) + "\"";
    }

    Set<String> columnsOf(Class<? extends RawEntity<?>> entity) {
        return columns.getOrDefault(name(entity), Set.of());
    }

    boolean exists(Class<? extends RawEntity<?>> entity) {
        return columns.containsKey(name(entity));
    }

    /** Every table of the schema the app owns (the entities of {@link Schema#ENTITIES}). */
    List<Class<? extends RawEntity<?>>> appTables() {
        List<Class<? extends RawEntity<?>>> tables = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : Schema.ENTITIES) {
            if (exists(entity)) {
                tables.add(entity);
            }
        }
        return tables;
    }

    Optional<String> readSetting(Connection connection, String key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT \"SETTING_VALUE\" FROM "
                + quoted(SettingEntity.class) + " WHERE \"SETTING_KEY\" = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void writeSetting(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM "
                + quoted(SettingEntity.class) + " WHERE \"SETTING_KEY\" = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                        + quoted(SettingEntity.class) + " (\"SETTING_KEY\", \"SETTING_VALUE\") VALUES (?, ?)")) {
            delete.setString(1, key);
            delete.executeUpdate();
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** Approximate row counts from the statistics (exact enough for a report, instant on 20 M rows). */
    Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = ? AND c.relname = ?")) {
            for (Class<? extends RawEntity<?>> entity : appTables()) {
                s.setString(1, schema);
                s.setString(2, name(entity));
                try (ResultSet rs = s.executeQuery()) {
                    counts.put(name(entity), rs.next() ? Math.max(0, rs.getLong(1)) : 0);
                }
            }
        }
        return counts;
    }
}
