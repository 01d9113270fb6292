package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** What counts as "the database cannot be reached" (503) rather than a bug (500) or the client's fault. */
class DatabaseOutagesTest {
    @Test
    void connectionFailuresAnywhereInTheChainAreOutages() {
        // pgjdbc: the server shut down (fast restart), the socket broke, nothing listening.
        assertThat(DatabaseOutages.isOutage(new StoreException("x",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutages.isOutage(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        // HikariCP: no connection within the timeout; a connection it closed after it broke.
        assertThat(DatabaseOutages.isOutage(new StoreException("Transaction failed and was rolled back",
                new SQLTransientConnectionException("social-itsm - Connection is not available")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new StoreException("Transaction failed and was rolled back",
                new SQLException("Connection is closed")))).isTrue();
        // Behind a batch's next exception.
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("gone", "08003"));
        assertThat(DatabaseOutages.isOutage(batch)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutages.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new SQLException("could not serialize", "40001"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new SQLException("something"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutages.isOutage(null)).isFalse();
    }
}
