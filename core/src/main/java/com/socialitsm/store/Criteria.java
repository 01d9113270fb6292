package com.socialitsm.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Active Objects criteria, portable to every database Jira supports, beyond {@link InList}: a WHERE clause built
 * from conditions joined with AND (with its parameters in order), LIKE patterns with their wildcards escaped, and the
 * index range that bounds a prefix search. The one place the app escapes LIKE.
 */
public final class Criteria {
    /**
     * The escape clause of every LIKE pattern built here, to follow {@code LIKE ?}: '!' needs no quoting in any
     * database's string literals (a backslash does in MySQL's).
     */
    public static final String LIKE_ESCAPE = " ESCAPE '!'";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public Criteria(String condition, Object... parameters) {
        and(condition, parameters);
    }

    private Criteria(Criteria other) {
        sql.append(other.sql);
        parameters.addAll(other.parameters);
    }

    public Criteria and(String condition, Object... values) {
        if (sql.length() > 0) {
            sql.append(" AND ");
        }
        sql.append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    public Criteria copy() {
        return new Criteria(this);
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] parameters() {
        return parameters.toArray();
    }

    /** The text with LIKE's wildcards and the escape character escaped, for patterns used with {@link #LIKE_ESCAPE}. */
    public static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The LIKE pattern for "starts with prefix", to be used with {@link #LIKE_ESCAPE}. */
    public static String likePrefix(String prefix) {
        return escapeLike(prefix) + "%";
    }

    /** The LIKE pattern for "contains term", to be used with {@link #LIKE_ESCAPE}. */
    public static String likeContaining(String term) {
        return "%" + escapeLike(term) + "%";
    }

    /**
     * A range of the index order that holds every string starting with {@code prefix}, so that a prefix search can
     * read the index on the column even where LIKE cannot (PostgreSQL under any collation but "C"). The lower bound
     * is the prefix itself; the upper bound increments the last of its characters in a-y or 0-8 and drops what
     * follows ({@code "vpn"} → {@code "vpo"}, {@code "vz"} → {@code "w"}), which bounds the prefix in binary and
     * in linguistic collations alike; there is none when no such character exists ({@code "zz"}, {@code "日本"}).
     * Used together with the LIKE, which keeps the answer exact.
     */
    public static PrefixRange prefixRange(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if ((c >= 'a' && c < 'z') || (c >= '0' && c < '9')) {
                return new PrefixRange(prefix, Optional.of(prefix.substring(0, i) + (char) (c + 1)));
            }
        }
        return new PrefixRange(prefix, Optional.empty());
    }

    /** {@code from <= value < below} (no upper bound when {@code below} is empty). */
    public record PrefixRange(String from, Optional<String> below) {
    }

    /** The items, then {@code more}, as one parameter array. */
    public static Object[] params(Collection<?> items, Object... more) {
        List<Object> all = new ArrayList<>(items);
        Collections.addAll(all, more);
        return all.toArray();
    }
}
