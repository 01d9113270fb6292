package com.socialitsm.store.standalone;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is: one JDBC URL with its credentials and, for PostgreSQL, the schema to use (tests give each
 * run its own). H2 always uses schema {@code PUBLIC}, which Active Objects needs on H2 2.x.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, Optional<String> schema, int maxPoolSize) {

    public static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        Objects.requireNonNull(schema, "schema");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be positive");
        }
        DatabaseKind.ofUrl(jdbcUrl);
    }

    public static DatabaseConfig of(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(jdbcUrl, user, password, Optional.empty(), DEFAULT_POOL_SIZE);
    }

    /** An H2 database in files under this directory: the devhost's default. */
    public static DatabaseConfig h2File(java.nio.file.Path directory) {
        String path = directory.toAbsolutePath().resolve("social-itsm").toString().replace('\\', '/');
        return of("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** A private H2 database in memory, alive until the store is closed. */
    public static DatabaseConfig h2Memory(String name) {
        return of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public DatabaseKind kind() {
        return DatabaseKind.ofUrl(jdbcUrl);
    }

    public DatabaseConfig withSchema(String schemaName) {
        return new DatabaseConfig(jdbcUrl, user, password, Optional.of(schemaName), maxPoolSize);
    }

    public DatabaseConfig withMaxPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, schema, size);
    }
}
