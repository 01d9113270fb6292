package com.socialitsm.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (restarting, failing over, the pool timing out while
 * it reconnects) rather than by the request: the host answers 503 and the client may try again. Portable: SQLState
 * class 08 (connection exception) in every driver, PostgreSQL's 57P01–57P03 (the server shutting down or starting
 * up), and JDBC's connection exception types (HikariCP's pool timeout is a {@link SQLTransientConnectionException}),
 * anywhere in the cause chain.
 */
public final class DatabaseOutages {
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
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
