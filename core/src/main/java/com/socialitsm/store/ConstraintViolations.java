package com.socialitsm.store;

import java.sql.SQLException;

/**
 * Recognises a lost unique-constraint race portably. Drivers differ: H2 and MariaDB throw
 * {@code SQLIntegrityConstraintViolationException}, pgjdbc a plain {@code PSQLException}; Active Objects and Jira's
 * facade may wrap it (an entity's {@code save()} even in an {@code UndeclaredThrowableException}); batch inserts
 * chain it behind {@code getNextException()}. What they share is SQLState 23505 (H2, PostgreSQL, Oracle, SQL
 * Server's 23000/2627 aside) or 23000 with MySQL/MariaDB's ER_DUP_ENTRY (1062), somewhere in the cause chain.
 */
public final class ConstraintViolations {
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int SQL_SERVER_DUPLICATE_KEY = 2627;
    private static final int SQL_SERVER_DUPLICATE_INDEX = 2601;
    private static final int ORACLE_UNIQUE_CONSTRAINT = 1;

    private ConstraintViolations() {
    }

    /** Whether this failure, or anything it wraps, is a duplicate key on a unique constraint. */
    public static boolean isDuplicateKey(Throwable failure) {
        return anySqlException(failure, ConstraintViolations::isDuplicateKey);
    }

    /**
     * Whether the failure is a conflict between concurrent transactions that the database resolved by aborting
     * this one: a serialization failure (SQLState 40001, also MySQL/MariaDB's deadlock 1213) or PostgreSQL's
     * deadlock (40P01). Running the whole transaction again is the cure.
     */
    public static boolean isTransientConflict(Throwable failure) {
        return anySqlException(failure, s -> "40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()));
    }

    /** A lost race of either kind: a duplicate key or a transient conflict. */
    public static boolean isLostRace(Throwable failure) {
        return isDuplicateKey(failure) || isTransientConflict(failure);
    }

    private static boolean anySqlException(Throwable failure, java.util.function.Predicate<SQLException> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (test.test(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isDuplicateKey(SQLException s) {
        String state = s.getSQLState();
        if (state == null) {
            return false;
        }
        return "23505".equals(state)
                || ("23000".equals(state) && (s.getErrorCode() == MYSQL_DUPLICATE_ENTRY
                        || s.getErrorCode() == SQL_SERVER_DUPLICATE_KEY
                        || s.getErrorCode() == SQL_SERVER_DUPLICATE_INDEX
                        || s.getErrorCode() == ORACLE_UNIQUE_CONSTRAINT));
    }
}
