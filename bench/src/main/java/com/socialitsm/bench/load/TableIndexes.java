package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a table's secondary indexes and unique constraints away before a bulk load and puts the very same ones back
 * afterwards (building an index once over loaded rows is several times faster than maintaining it row by row). The
 * definitions are read from the catalog, so whatever Active Objects created is what is restored.
 */
final class TableIndexes {
    private final List<String> recreate = new ArrayList<>();

    /** Drops the table's indexes and unique constraints except the primary key, remembering how to restore them. */
    void drop(Connection connection, String schema, String table) throws SQLException {
        String sql = """
                SELECT i.relname, pg_get_indexdef(i.oid), c.conname, c.contype, pg_get_constraintdef(c.oid)
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = t.oid
                WHERE n.nspname = ? AND t.relname = ?""";
        List<String> drops = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String contype = rs.getString(4);
                    if ("p".equals(contype)) {
                        continue;
                    }
                    String qualified = "\"" + schema + "\".\"" + table + "\"";
                    if (contype != null) {
                        drops.add("ALTER TABLE " + qualified + " DROP CONSTRAINT \"" + rs.getString(3) + "\"");
                        recreate.add("ALTER TABLE " + qualified + " ADD CONSTRAINT \"" + rs.getString(3) + "\" "
                                + rs.getString(5));
                    } else {
                        drops.add("DROP INDEX \"" + schema + "\".\"" + rs.getString(1) + "\"");
                        recreate.add(rs.getString(2));
                    }
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }

    /** Restores every dropped index and constraint. */
    void restore(Connection connection, java.util.function.Consumer<String> progress) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            for (String definition : recreate) {
                long start = System.nanoTime();
                s.execute(definition);
                progress.accept(String.format(java.util.Locale.ROOT, "%6.1f s  %s",
                        (System.nanoTime() - start) / 1e9, definition));
            }
        }
        recreate.clear();
    }
}
