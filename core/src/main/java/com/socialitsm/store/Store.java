package com.socialitsm.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The database surface the engine uses: the shape of Jira's {@code com.atlassian.activeobjects.external.ActiveObjects}
 * (same method names and semantics), so the Jira host is a thin delegation and every other host runs the same SQL
 * through the store-standalone module's {@code EntityManagerStore}. Column names in criteria are the upper-case names
 * Active Objects generates ({@code getIssueId} → {@code ISSUE_ID}). Failures are unchecked {@link StoreException}s
 * (in Jira: AO's own runtime exceptions); {@link ConstraintViolations} recognises a lost unique-constraint race on
 * any of them.
 */
public interface Store {

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /** Bulk insert in one batch; an empty list does nothing. */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    /**
     * Runs the work in one transaction: committed when it returns, rolled back whole when it throws. A call made
     * while a transaction is already open on this thread joins it (as Jira's SAL transaction template does).
     */
    <T> T executeInTransaction(TransactionWork<T> work);

    /**
     * Runs the work in its own transaction and, when it loses a unique-constraint race to another thread or node
     * (which rolls it back whole), runs it again: the retry sees the winner's committed row and takes the path for
     * "already there". Work passed here must therefore check before it inserts. A transient conflict (deadlock,
     * serialization failure) is retried the same way. Gives up after {@code attempts}.
     */
    default <T> T executeInTransactionRetryingRaces(int attempts, TransactionWork<T> work) {
        return executeInTransactionRetryingRaces(attempts, work, Optional::empty);
    }

    /**
     * As {@link #executeInTransactionRetryingRaces(int, TransactionWork)}, for work whose insert decides the race
     * (it inserts without checking first): after a lost race {@code settledByWinner} is asked, outside any
     * transaction, whether the winner's committed row already gives the answer ("already voted", "already
     * processed"); if so that answer is returned, else the work runs again. The one retry loop of the app.
     */
    default <T> T executeInTransactionRetryingRaces(int attempts, TransactionWork<T> work,
                                                    Supplier<Optional<T>> settledByWinner) {
        for (int attempt = 1; ; attempt++) {
            try {
                return executeInTransaction(work);
            } catch (RuntimeException e) {
                if (!ConstraintViolations.isLostRace(e)) {
                    throw e;
                }
                flushAll();
                Optional<T> settled = settledByWinner.get();
                if (settled.isPresent()) {
                    return settled.get();
                }
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    /** Forgets cached entity values, so the next read sees what other nodes wrote. */
    void flushAll();

    /** The unit of work of {@link #executeInTransaction}. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T doInTransaction();
    }
}
