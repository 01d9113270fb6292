package com.socialitsm.bench.load;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on a connection of its
 * own, so that several tables load at once from one pass over the generated history. Bench-only and
 * PostgreSQL-only by design; the product writes through Active Objects.
 *
 * <p>Rows are given in the column order the writer was opened with; columns the table does not have (an entity not
 * merged yet, a column renamed) are skipped, so the loader keeps working while the schema moves.
 */
final class CopyWriter implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;

    private final Connection connection;
    private final CopyIn copy;
    private final boolean[] keep;
    private final String table;
    private byte[] buffer = new byte[FLUSH_AT + 64 * 1024];
    private int length;
    private long rows;

    CopyWriter(Connection connection, String table, List<String> columns, Set<String> existingColumns)
            throws SQLException {
        this.connection = connection;
        this.table = table;
        this.keep = new boolean[columns.size()];
        List<String> used = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            keep[i] = existingColumns.contains(columns.get(i));
            if (keep[i]) {
                used.add(columns.get(i));
            }
        }
        String sql = "COPY \"" + table + "\" (" + used.stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(", ")) + ") FROM STDIN";
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    void row(Object... values) {
        if (values.length != keep.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + keep.length
                    + " columns");
        }
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            if (!keep[i]) {
                continue;
            }
            if (!first) {
                put((byte) '\t');
            }
            first = false;
            value(values[i]);
        }
        put((byte) '\n');
        rows++;
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    private void value(Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (value instanceof Boolean b) {
            put((byte) (b ? 't' : 'f'));
        } else if (value instanceof Number n) {
            ascii(n.toString());
        } else {
            text(value.toString());
        }
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        int end = i + 1;
                        if (Character.isHighSurrogate(c) && end < s.length()) {
                            end++;
                        }
                        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                            put(b);
                        }
                        i = end - 1;
                    }
                }
            }
        }
    }

    private void put(byte b) {
        if (length == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[length++] = b;
    }

    private void flush() {
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
        length = 0;
    }

    @Override
    public void close() {
        try {
            flush();
            copy.endCopy();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }
}
