package com.socialitsm.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (restarting, failing over, the pool timing out while
 * it reconnects) rather than by the request: the host answers 503 and the client may try again. Portable: SQLState
 * class 08 (connection exception) in every driver, PostgreSQL's 57P01–57P03 (the server shutting down or starting
 * up), JDBC's connection exception types (HikariCP's pool timeout is a {@link SQLTransientConnectionException}),
 * and HikariCP's "Connection is closed", anywhere in the cause chain.
 *
 * <p>The last one matters most: once a statement fails because the connection broke, HikariCP marks the connection
 * broken and closes it, and Active Objects' transaction then calls {@code rollback()} on it, which fails with that
 * plain {@link SQLException} (no SQLState) — and that is the exception AO throws, the original one is lost. Found by
 * the two-node test while PostgreSQL restarted (6 of 20 errors were 500s before).
 */
public final class DatabaseOutages {
    /** What HikariCP's stand-in for a closed connection answers to every call. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseOutages() {
    }

    /** Whether this failure, or anything it wraps, says the database could not be reached. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (isOutage(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException s) {
        if (s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException
                || s instanceof SQLRecoverableException) {
            return true;
        }
        String state = s.getSQLState();
        if (state == null) {
            return HIKARI_CLOSED_CONNECTION.equals(s.getMessage());
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
