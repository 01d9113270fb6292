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
import com.socialitsm.store.upgrade.v1.HashtagV1;
import com.socialitsm.store.upgrade.v1.IssueHashtagV1;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A version-1 database, written through frozen copies of version 1's entities, gets FOLLOW.FAN_IN with every existing
 * follow on fan-out, as it was, and keeps every row; today's entities read it.
 */
@DatabaseTest
class UpgradeFromV1Test {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension(false);

    /** Frozen copy of version 1's follow table: no FAN_IN. */
    @Table("Follow")
    public interface FollowV1 extends Entity {
        @NotNull @Unique @StringLength(400) String getFollowKey();
        void setFollowKey(String followKey);

        @Indexed @NotNull @StringLength(255) String getFollower();
        void setFollower(String userKey);

        @Indexed @NotNull @StringLength(140) String getTarget();
        void setTarget(String target);

        long getSince();
        void setSince(long epochMillis);

        boolean isAuto();
        void setAuto(boolean auto);

        boolean isMuted();
        void setMuted(boolean muted);
    }

    @Test
    void existingFollowsStayFanOutAndAreReadAsSuch() {
        EntityManagerStore store = db.store();
        store.migrate(SettingEntity.class, FollowV1.class, HashtagV1.class, IssueHashtagV1.class);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", SchemaUpgrades.VERSION_KEY, "SETTING_VALUE", "1"));
        store.create(FollowV1.class, Map.of("FOLLOW_KEY", "bob|hashtag:vpn", "FOLLOWER", "bob",
                "TARGET", "hashtag:vpn", "SINCE", 1L, "AUTO", false, "MUTED", false));
        store.create(FollowV1.class, Map.of("FOLLOW_KEY", "amy|issue:7", "FOLLOWER", "amy",
                "TARGET", "issue:7", "SINCE", 2L, "AUTO", true, "MUTED", true));
        store.create(HashtagV1.class, Map.of("TAG", "vpn", "DISPLAY", "VPN", "CREATED_AT", 3L, "ISSUE_COUNT", 1));
        store.create(IssueHashtagV1.class, Map.of("ISSUE_TAG", "7:vpn", "ISSUE_ID", 7L, "PROJECT_ID", 1L, "TAG", "vpn",
                "DISPLAY", "VPN", "SOURCE", "manual", "TAGGED_AT", 4L, "TAGGED_BY", "amy"));
        store.flushAll();

        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(1);
        store.flushAll();

        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION);
        FollowEntity[] rows = store.find(FollowEntity.class, Query.select().where("FAN_IN = ?", false).order("SINCE"));
        assertThat(rows).extracting(FollowEntity::getFollowKey, FollowEntity::isAuto, FollowEntity::isMuted,
                        FollowEntity::isFanIn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob|hashtag:vpn", false, false, false),
                        org.assertj.core.groups.Tuple.tuple("amy|issue:7", true, true, false));
        assertThat(store.count(FollowEntity.class, "FAN_IN = ?", true)).isZero();
        assertThat(store.find(HashtagEntity.class, Query.select())).singleElement().satisfies(tag -> {
            assertThat(tag.getDisplay()).isEqualTo("VPN");
            assertThat(tag.getIssueCount()).isEqualTo(1);
        });
        assertThat(store.find(IssueHashtagEntity.class, Query.select())).singleElement().satisfies(row -> {
            assertThat(row.getSource()).isEqualTo("manual");
            assertThat(row.getTaggedBy()).isEqualTo("amy");
        });
        // Every table of today's schema exists and is usable.
        store.create(VoteEntity.class, Map.of("VOTE_KEY", "7|bob", "VOTER", "bob", "ISSUE_ID", 7L));
        assertThat(store.count(VoteEntity.class, "ISSUE_ID = ?", 7L)).isEqualTo(1);
    }
}
