package com.socialitsm.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that works on the database {@code -Dsocial.db} selects (through {@link StoreExtension},
 * {@link TestDatabases} or a devhost started on one). {@code mvn -B verify} runs every test on H2; the persistence
 * suites of {@code .ci/run} run only the classes with this tag ({@code -Dgroups=database}) on PostgreSQL and MariaDB,
 * since the others would only repeat the H2 run. {@link DatabaseTestsAreMarked} fails a module's build when a class
 * that uses a database lacks the mark, so none is silently left out of the PostgreSQL and MariaDB runs.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {
    String TAG = "database";
}
