package com.socialitsm.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.java.ao.RawEntity;

import com.socialitsm.store.standalone.DatabaseKind;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.Schema;

/**
 * Reads every table of {@link Schema#ENTITIES} straight through JDBC, bypassing Active Objects and its caches: row
 * counts, whole rows, and a fingerprint of each table's content. For tests that must see what is really stored.
 */
public final class TableScan {
    private TableScan() {
    }

    /**
     * Row count per entity table, in schema order, from one statement ({@code SELECT (SELECT COUNT(*) FROM t1), …}):
     * the REST fuzz counts before and after each of its thousands of rejected writes, and a round trip per table
     * made that test spend minutes on PostgreSQL and MariaDB waiting for answers.
     */
    public static Map<String, Long> rowCounts(EntityManagerStore store) {
        List<String> counts = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : Schema.ENTITIES) {
            counts.add("(SELECT COUNT(*) FROM " + quote(store.kind(), store.tableName(entity)) + ")");
        }
        Map<String, Long> byTable = new LinkedHashMap<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", counts))) {
            rs.next();
            int column = 1;
            for (Class<? extends RawEntity<?>> entity : Schema.ENTITIES) {
                byTable.put(entity.getSimpleName(), rs.getLong(column++));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the tables' rows", e);
        }
        return byTable;
    }

    /** Every row of the entity's table, each as column (upper case) → value, ordered by ID. */
    public static List<Map<String, Object>> rows(EntityManagerStore store, Class<? extends RawEntity<?>> entity) {
        String table = quote(store.kind(), store.tableName(entity));
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + quote(store.kind(), "ID"))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table, e);
        }
        return rows;
    }

    /** Every table's rows rendered as text: equal fingerprints mean equal content. */
    public static Map<String, String> fingerprint(EntityManagerStore store) {
        Map<String, String> content = new LinkedHashMap<>();
        for (Class<? extends RawEntity<?>> entity : Schema.ENTITIES) {
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> row : rows(store, entity)) {
                row.forEach((column, value) -> text.append(column).append('=').append(normalize(value)).append(';'));
                text.append('\n');
            }
            content.put(entity.getSimpleName(), text.toString());
        }
        return content;
    }

    /** Every (table, column, value) whose text contains {@code needle}. */
    public static List<String> occurrences(EntityManagerStore store, String needle) {
        List<String> found = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : Schema.ENTITIES) {
            for (Map<String, Object> row : rows(store, entity)) {
                row.forEach((column, value) -> {
                    if (value != null && normalize(value).contains(needle)) {
                        found.add(entity.getSimpleName() + "." + column + "=" + normalize(value));
                    }
                });
            }
        }
        return found;
    }

    private static String normalize(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        return String.valueOf(value);
    }

    /** A table or column name as raw SQL on this kind of database must write it (Active Objects' upper case kept). */
    public static String quote(DatabaseKind kind, String name) {
        return kind == DatabaseKind.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }
}
