package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.reliability.TableScan;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.testing.TestDatabases;

@DatabaseTest
class SchemaTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    @Test
    void tableNamesFollowJirasActiveObjectsConvention() {
        String prefix = TableNames.appPrefix();
        assertThat(prefix).matches("AO_[0-9A-F]{6}_");
        assertThat(db.store().tableName(IssueHashtagEntity.class)).isEqualTo(prefix + "ISSUE_HASHTAG");
        assertThat(db.store().tableName(PointsEntryEntity.class)).isEqualTo(prefix + "POINTS_ENTRY");
    }

    @Test
    void everyTableAndColumnNameFitsOraclesThirtyCharacters() throws SQLException {
        for (var entity : Schema.ENTITIES) {
            String table = db.store().tableName(entity);
            assertThat(table.length()).as(table).isLessThanOrEqualTo(30);
            List<String> columns = columns(table);
            assertThat(columns).as("columns of " + table).isNotEmpty().contains("ID");
            assertThat(columns).allSatisfy(c -> assertThat(c.length()).as(c).isLessThanOrEqualTo(30));
        }
    }

    @Test
    void uniqueColumnsAreEnforcedByTheDatabase() throws SQLException {
        assertThat(uniqueColumns(db.store().tableName(VoteEntity.class))).contains("VOTE_KEY");
        assertThat(uniqueColumns(db.store().tableName(FollowEntity.class))).contains("FOLLOW_KEY");
        assertThat(uniqueColumns(db.store().tableName(PointsEntryEntity.class))).contains("SOURCE_KEY");
        assertThat(uniqueColumns(db.store().tableName(IssueHashtagEntity.class))).contains("ISSUE_TAG");
        assertThat(uniqueColumns(db.store().tableName(ProcessedChangeEntity.class))).contains("CHANGE_KEY");
        assertThat(uniqueColumns(db.store().tableName(IssueVotesEntity.class))).contains("ISSUE_ID");
        assertThat(uniqueColumns(db.store().tableName(BadgeEntity.class))).contains("BADGE_KEY");
        assertThat(uniqueColumns(db.store().tableName(PointsTotalEntity.class))).contains("TOTAL_KEY");
    }

    @Test
    void feedAndTagQueriesHaveTheirCompositeIndexes() throws SQLException {
        assertThat(indexedColumnSets(db.store().tableName(FeedItemEntity.class))).contains("USER_KEY,ACTIVITY_ID");
        assertThat(indexedColumnSets(db.store().tableName(IssueHashtagEntity.class)))
                .contains("TAG,ISSUE_ID,PROJECT_ID,TAGGED_AT,ID", "TAG,TAGGED_AT");
        assertThat(indexedColumnSets(db.store().tableName(ActivityTargetEntity.class))).contains("TARGET,ACTIVITY_ID");
    }

    @Test
    void aTagPageIsReadFromOneIndexThatHoldsEveryColumnItSelects() throws SQLException {
        // The page (ID, ISSUE_ID, TAGGED_AT) and the related-tags sample (ID, ISSUE_ID, PROJECT_ID) of one tag,
        // newest first: an index-only scan in key order, whatever plan a prepared statement is given.
        assertThat(indexedColumnSets(db.store().tableName(IssueHashtagEntity.class)))
                .contains("TAG,ISSUE_ID,PROJECT_ID,TAGGED_AT,ID");
    }

    @Test
    void votesAndKudosQueriesHaveTheirIndexes() throws SQLException {
        assertThat(indexedColumnSets(db.store().tableName(IssueVotesEntity.class))).contains("PROJECT_ID,VOTE_COUNT");
        assertThat(indexedColumnSets(db.store().tableName(PointsTotalEntity.class))).contains("PERIOD_KEY,POINTS");
        assertThat(indexedColumnSets(db.store().tableName(PointsEntryEntity.class)))
                .contains("SLOT", "ISSUE_ID", "USER_KEY,CREATED_AT");
        assertThat(indexedColumnSets(db.store().tableName(KudosEntity.class))).contains("ISSUE_ID", "GIVER", "PAIR");
    }

    @Test
    void theTablesEveryIssueChangeWritesCarryOnlyTheIndexesTheirReadsUse() throws SQLException {
        // Each index is one more entry to write per row, and these rows are written by every change (a FEED_ITEM row
        // per recipient): an index no read needs is a cost of the change budget (BENCHMARKS.md, session 9).
        assertThat(secondaryIndexes(ActivityEntity.class))
                .containsExactlyInAnyOrder("SOURCE_KEY", "ACTOR", "ISSUE_ID");
        assertThat(secondaryIndexes(FeedItemEntity.class))
                .containsExactlyInAnyOrder("USER_KEY,ACTIVITY_ID", "ACTIVITY_ID");
        assertThat(secondaryIndexes(ProcessedChangeEntity.class)).containsExactly("CHANGE_KEY");
        assertThat(secondaryIndexes(FollowEntity.class))
                .containsExactlyInAnyOrder("FOLLOW_KEY", "TARGET,FAN_IN", "FOLLOWER,FAN_IN");
        assertThat(secondaryIndexes(ActivityTargetEntity.class))
                .containsExactlyInAnyOrder("TARGET,ACTIVITY_ID", "ACTIVITY_ID");
        // Written per tag a change adds, and per award of a resolution: no index that another one's first columns
        // already serve (BENCHMARKS.md, session 10).
        assertThat(secondaryIndexes(IssueHashtagEntity.class)).containsExactlyInAnyOrder("ISSUE_TAG", "ISSUE_ID",
                "TAGGED_AT", "TAG,TAGGED_AT", "TAG,ISSUE_ID,PROJECT_ID,TAGGED_AT,ID");
        assertThat(secondaryIndexes(PointsEntryEntity.class)).containsExactlyInAnyOrder("SOURCE_KEY", "SLOT",
                "USER_KEY,CREATED_AT", "ISSUE_ID", "PROJECT_ID", "CREATED_AT", "REVERSES");
    }

    @Test
    void anUpgradedInstallLosesTheIndexesTheEntitiesNoLongerDeclare() throws SQLException {
        TestDatabases.Isolated database = db.anotherDatabase();
        try (EntityManagerStore store = EntityManagerStore.open(database.config())) {
            SchemaUpgrades.upgrade(store);
            String table = store.tableName(FeedItemEntity.class);
            // The index an earlier version declared on FEED_ITEM.ISSUE_ID, under the name Active Objects gave it.
            String index = "index_" + table.toLowerCase(Locale.ROOT) + "_issue_id";
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE INDEX " + index + " ON " + TableScan.quote(store.kind(), table) + " ("
                        + TableScan.quote(store.kind(), "ISSUE_ID") + ")");
            }
            assertThat(indexedColumnSets(store, table)).contains("ISSUE_ID");

            store.migrate(Schema.entityArray());

            assertThat(indexedColumnSets(store, table)).doesNotContain("ISSUE_ID").contains("USER_KEY,ACTIVITY_ID");
        } finally {
            database.drop().run();
        }
    }

    @Test
    void migratingAgainKeepsRowsAndChangesNothing() {
        db.store().create(SettingEntity.class, java.util.Map.of("SETTING_KEY", "k", "SETTING_VALUE", "v"));
        SchemaUpgrades.upgrade(db.store());
        db.store().migrate(Schema.entityArray());
        assertThat(db.store().count(SettingEntity.class, "SETTING_KEY = ?", "k")).isEqualTo(1);
        assertThat(SchemaUpgrades.installedVersion(db.store())).isEqualTo(Schema.CURRENT_VERSION);
    }

    private static List<String> columns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.store().dataSource().getConnection();
             ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), tableInCatalogCase(c, table), null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> uniqueColumns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.store().dataSource().getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), tableInCatalogCase(c, table),
                     true, false)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** Each index but the primary key's, as its comma-joined column list in key order. */
    private static List<String> secondaryIndexes(Class<? extends net.java.ao.RawEntity<?>> entity)
            throws SQLException {
        return indexedColumnSets(db.store().tableName(entity)).stream().filter(columns -> !columns.equals("ID"))
                .toList();
    }

    /** Each index as its comma-joined column list in key order. */
    private static List<String> indexedColumnSets(String table) throws SQLException {
        return indexedColumnSets(db.store(), table);
    }

    private static List<String> indexedColumnSets(EntityManagerStore store, String table) throws SQLException {
        java.util.Map<String, java.util.TreeMap<Short, String>> byIndex = new java.util.HashMap<>();
        try (Connection c = store.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), tableInCatalogCase(c, table),
                     false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new java.util.TreeMap<>())
                            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return byIndex.values().stream().map(cols -> String.join(",", cols.values())).toList();
    }

    /** AO quotes its upper-case names on PostgreSQL, so the catalog holds them as written; try that first. */
    private static String tableInCatalogCase(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), table, null)) {
            if (rs.next()) {
                return table;
            }
        }
        return table.toLowerCase(Locale.ROOT);
    }
}
