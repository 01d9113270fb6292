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
import java.util.Set;

import net.java.ao.RawEntity;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.Schema;

/**
 * The app's tables as Active Objects created them in one schema: names from {@link EntityManagerStore#tableName}
 * ({@code AO_xxxxxx_FEED_ITEM}) and the columns the catalog lists, upper case and quoted in SQL.
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

}
