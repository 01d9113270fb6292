package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** A database of the version-0 prototype is brought to the current schema with every row kept. */
@DatabaseTest
class UpgradeFromV0Test {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension(false);

    /** Frozen copy of the prototype's hashtag table: no display spelling, no block/merge, no count. */
    @Table("Hashtag")
    public interface HashtagV0 extends Entity {
        @NotNull @Unique @StringLength(100) String getTag();
        void setTag(String tag);

        long getCreatedAt();
        void setCreatedAt(long epochMillis);
    }

    /** Frozen copy of the prototype's issue-tag table: no display spelling and no source. */
    @Table("IssueHashtag")
    public interface IssueHashtagV0 extends Entity {
        @NotNull @Unique @StringLength(140) String getIssueTag();
        void setIssueTag(String issueTag);

        @Indexed long getIssueId();
        void setIssueId(long issueId);

        long getProjectId();
        void setProjectId(long projectId);

        @NotNull @StringLength(100) String getTag();
        void setTag(String tag);

        long getTaggedAt();
        void setTaggedAt(long epochMillis);
    }

    @Test
    void upgradingAVersionZeroDatabaseKeepsEveryRowAndBackFillsTheNewColumns() {
        EntityManagerStore store = db.store();
        store.migrate(HashtagV0.class, IssueHashtagV0.class);
        store.create(HashtagV0.class, Map.of("TAG", "vpn", "CREATED_AT", 1L));
        store.create(HashtagV0.class, Map.of("TAG", "outage", "CREATED_AT", 2L));
        store.create(IssueHashtagV0.class, Map.of("ISSUE_TAG", "7:vpn", "ISSUE_ID", 7L, "PROJECT_ID", 1L,
                "TAG", "vpn", "TAGGED_AT", 3L));
        store.flushAll();

        int found = SchemaUpgrades.upgrade(store);
        store.flushAll();

        assertThat(found).isZero();
        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION);
        HashtagEntity[] tags = store.find(HashtagEntity.class, Query.select().order("TAG ASC"));
        assertThat(tags).extracting(HashtagEntity::getTag, HashtagEntity::getDisplay, HashtagEntity::getCreatedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outage", "outage", 2L),
                        org.assertj.core.groups.Tuple.tuple("vpn", "vpn", 1L));
        IssueHashtagEntity[] rows = store.find(IssueHashtagEntity.class, Query.select());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getIssueTag()).isEqualTo("7:vpn");
            assertThat(row.getDisplay()).isEqualTo("vpn");
            assertThat(row.getSource()).isEqualTo("text");
            assertThat(row.getTaggedAt()).isEqualTo(3L);
        });
        // Every v1 table exists and is usable.
        store.create(VoteEntity.class, Map.of("VOTE_KEY", "7|bob", "VOTER", "bob", "ISSUE_ID", 7L));
        assertThat(store.count(VoteEntity.class, "ISSUE_ID = ?", 7L)).isEqualTo(1);

        // Running the upgrade again finds the current version and changes nothing.
        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(Schema.CURRENT_VERSION);
        assertThat(store.count(HashtagEntity.class, "ID > ?", 0)).isEqualTo(2);
    }
}
