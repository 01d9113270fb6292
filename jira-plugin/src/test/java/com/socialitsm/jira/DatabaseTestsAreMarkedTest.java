package com.socialitsm.jira;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.socialitsm.testing.DatabaseTestsAreMarked;

/** This module's tests that use a database carry the tag of the PostgreSQL and MariaDB runs. */
class DatabaseTestsAreMarkedTest {
    @Test
    void everyTestClassThatUsesADatabaseIsMarked() {
        assertThat(DatabaseTestsAreMarked.unmarkedBeside(DatabaseTestsAreMarkedTest.class)).isEmpty();
    }
}
