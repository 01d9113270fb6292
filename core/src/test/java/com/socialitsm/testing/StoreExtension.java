package com.socialitsm.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.Schema;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * Gives a test class a {@link EntityManagerStore} on a real database ({@code -Dsocial.db}) migrated to the current
 * schema; every table is emptied before the class and before each test. Register it as
 * {@code @RegisterExtension static final StoreExtension db = new StoreExtension();}. Statements are counted by
 * {@link #sql()}.
 *
 * <p>The migrated database is made once per test JVM and shared by the classes that run in it one after the other
 * (kept in JUnit's root store, dropped when the run ends): running the eleven upgrade tasks and the migration took
 * about five seconds per class on PostgreSQL and MariaDB, most of the persistence suite's time there. A class starts
 * from empty tables as before; only the ids' sequences go on where the previous class left them. Upgrade tests
 * ({@code new StoreExtension(false)}) get a database of their own, as before.
 */
public final class StoreExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(StoreExtension.class);

    private final TestDatabases databases = new TestDatabases();
    private final SqlCounter sql = new SqlCounter();
    private final boolean migrate;
    private TestDatabases.Isolated isolated;
    private EntityManagerStore store;

    public StoreExtension() {
        this(true);
    }

    /** @param migrate false for tests that build an older schema themselves (upgrade tests) */
    public StoreExtension(boolean migrate) {
        this.migrate = migrate;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (migrate) {
            MigratedDatabase shared = context.getRoot().getStore(SHARED).getOrComputeIfAbsent(MigratedDatabase.class,
                    key -> MigratedDatabase.create(databases), MigratedDatabase.class);
            store = EntityManagerStore.open(shared.database().config(), sql);
            emptyTables(store);
        } else {
            isolated = databases.createIsolated();
            store = EntityManagerStore.open(isolated.config(), sql);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (migrate) {
            emptyTables(store);
        }
        sql.reset();
    }

    /**
     * Empties every table of a migrated schema but the schema version's setting: the state each test starts from.
     * Public for tests that manage their own store (e.g. jqwik properties, where JUnit extensions do not run).
     */
    public static void emptyTables(Store store) {
        store.executeInTransaction(() -> {
            for (var entity : Schema.ENTITIES) {
                if (entity != SettingEntity.class) {
                    deleteAll(store, entity);
                }
            }
            store.deleteWithSQL(SettingEntity.class, "SETTING_KEY <> ?", SchemaUpgrades.VERSION_KEY);
            return null;
        });
        store.flushAll();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void deleteAll(Store store, Class entity) {
        store.deleteWithSQL(entity, "ID > ?", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (store != null) {
            store.close();
        }
        if (isolated != null) {
            isolated.drop().run();
        }
    }

    public EntityManagerStore store() {
        return store;
    }

    public SqlCounter sql() {
        return sql;
    }

    /** A fresh, empty database of the same kind, for tests that need a second one (e.g. two nodes). */
    public TestDatabases.Isolated anotherDatabase() {
        return databases.createIsolated();
    }

    /** The test JVM's migrated database (an H2 one lives on without connections: DB_CLOSE_DELAY=-1). */
    private record MigratedDatabase(TestDatabases.Isolated database) implements ExtensionContext.Store.CloseableResource {
        static MigratedDatabase create(TestDatabases databases) {
            TestDatabases.Isolated database = databases.createIsolated();
            try (EntityManagerStore store = EntityManagerStore.open(database.config())) {
                SchemaUpgrades.upgrade(store);
            }
            return new MigratedDatabase(database);
        }

        @Override
        public void close() {
            database.drop().run();
        }
    }
}
