package com.socialitsm.bench.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.java.ao.RawEntity;

import com.socialitsm.store.standalone.EntityManagerStore;

/**
 * Plain JDBC on the app's own (counted) pool, for the straightforward alternatives the product's query shapes are
 * compared with. Bench-only; these queries may be PostgreSQL-specific.
 */
final class Sql {
    private final EntityManagerStore store;
    private final DataSource counted;

    Sql(EntityManagerStore store, DataSource counted) {
        this.store = store;
        this.counted = counted;
    }

    String table(Class<? extends RawEntity<?>> entity) {
        return "\"" + store.tableName(entity) + "\"";
    }

    /** The first column of every row, as longs. */
    List<Long> longs(String sql, Object... params) {
        List<Long> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getLong(1)), params);
        return values;
    }

    /** Rows of two columns: a string and a long. */
    List<Object[]> pairs(String sql, Object... params) {
        List<Object[]> values = new ArrayList<>();
        query(sql, rs -> values.add(new Object[] {rs.getString(1), rs.getLong(2)}), params);
        return values;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, RowReader reader, Object... params) {
        try (Connection c = counted.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
