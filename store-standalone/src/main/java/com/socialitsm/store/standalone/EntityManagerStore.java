package com.socialitsm.store.standalone;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.Store;
import com.socialitsm.store.StoreException;
import com.socialitsm.store.TableNames;

/**
 * The {@link Store} of every host but Jira: Active Objects' {@link EntityManager} over a HikariCP pool, with the
 * same name converters and table prefix as Jira's AO plugin, and the {@link SchemaMigrator} that core's
 * {@code SchemaUpgrades} runs the upgrade tasks with. Never a connection per operation: that measured 40 times slower
 * on PostgreSQL.
 */
public final class EntityManagerStore implements Store, SchemaMigrator, AutoCloseable {

    private static final String AO_ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    private final EntityManager entityManager;
    private final HikariDataSource pool;
    private final DatabaseKind kind;
    /** Depth of {@link #executeInTransaction} on each thread, so that nested calls join the outer transaction. */
    private final ThreadLocal<int[]> transactionDepth = ThreadLocal.withInitial(() -> new int[1]);

    private EntityManagerStore(EntityManager entityManager, HikariDataSource pool, DatabaseKind kind) {
        this.entityManager = entityManager;
        this.pool = pool;
        this.kind = kind;
    }

    public static EntityManagerStore open(DatabaseConfig config) {
        return open(config, UnaryOperator.identity());
    }

    /**
     * Opens a pool and an entity manager. {@code decorator} may wrap the pool's data source, e.g. with a JDBC proxy
     * that counts statements in tests and benchmarks.
     */
    public static EntityManagerStore open(DatabaseConfig config, UnaryOperator<DataSource> decorator) {
        // Active Objects alone runs its transactions SERIALIZABLE unless told otherwise; inside Jira they run in
        // Jira's transactions at the database's READ COMMITTED. Run as Jira does, unless the JVM was told otherwise.
        if (System.getProperty(AO_ISOLATION_PROPERTY) == null) {
            System.setProperty(AO_ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(1);
        hikari.setPoolName("social-itsm");
        hikari.setAutoCommit(true);
        if (config.kind() == DatabaseKind.POSTGRES && config.schema().isPresent()) {
            hikari.setSchema(config.schema().get());
        }
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            DataSource decorated = decorator.apply(pool);
            DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(decorated, pool::close);
            DatabaseProvider provider = switch (config.kind()) {
                case H2 -> new H2DatabaseProvider(dataSource, "PUBLIC");
                case POSTGRES -> new PostgreSQLDatabaseProvider(dataSource, config.schema().orElse("public"));
                case MARIADB -> new MySQLDatabaseProvider(dataSource);
            };
            return new EntityManagerStore(new EntityManager(provider, jiraLikeConfiguration()), pool, config.kind());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static EntityManagerConfiguration jiraLikeConfiguration() {
        String prefix = TableNames.appPrefix();
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(prefix::concat),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        EntityInfoResolverFactory infos = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return infos;
            }
        };
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** Creates or updates the tables of these entities (AO's additive migration: it never drops a column). */
    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    /** The table name Active Objects uses for this entity, e.g. {@code AO_1A2B3C_ISSUE_HASHTAG}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** The pool, for test fixtures and schema checks that must look at the catalog. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        if (entities.length == 0) {
            return;
        }
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <T> T executeInTransaction(TransactionWork<T> work) {
        int[] depth = transactionDepth.get();
        if (depth[0] > 0) {
            return work.doInTransaction();
        }
        depth[0]++;
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            entityManager.flushAll();
            throw new StoreException("Transaction failed and was rolled back", e);
        } catch (RuntimeException | Error e) {
            // Entities cached during the rolled-back transaction may hold values that were never committed.
            entityManager.flushAll();
            throw e;
        } finally {
            depth[0]--;
        }
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void close() {
        pool.close();
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
