package com.socialitsm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.java.ao.Query;

import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.store.upgrade.v1.HashtagV1;
import com.socialitsm.store.upgrade.v1.IssueHashtagV1;
import com.socialitsm.store.upgrade.v2.FollowV2;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A version-2 database, written through the frozen copies of version 2's entities (HASHTAG and ISSUE_HASHTAG as
 * version 1 left them, FOLLOW as version 2 made it), runs no upgrade task, keeps every row, and today's entities read
 * it.
 */
@DatabaseTest
class UpgradeFromV2Test {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension(false);

    @Test
    void aVersionTwoDatabaseKeepsEveryRowIncludingItsFanInFollows() {
        EntityManagerStore store = db.store();
        store.migrate(SettingEntity.class, FollowV2.class, HashtagV1.class, IssueHashtagV1.class);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", SchemaUpgrades.VERSION_KEY, "SETTING_VALUE", "2"));
        store.create(FollowV2.class, Map.of("FOLLOW_KEY", "bob|hashtag:vpn", "FOLLOWER", "bob",
                "TARGET", "hashtag:vpn", "SINCE", 1L, "AUTO", false, "MUTED", false, "FAN_IN", true));
        store.create(FollowV2.class, Map.of("FOLLOW_KEY", "amy|issue:7", "FOLLOWER", "amy",
                "TARGET", "issue:7", "SINCE", 2L, "AUTO", true, "MUTED", false, "FAN_IN", false));
        store.create(HashtagV1.class, Map.of("TAG", "vpn", "DISPLAY", "VPN", "CREATED_AT", 3L, "BLOCKED", true,
                "ISSUE_COUNT", 1));
        store.create(IssueHashtagV1.class, Map.of("ISSUE_TAG", "7:vpn", "ISSUE_ID", 7L, "PROJECT_ID", 1L, "TAG", "vpn",
                "DISPLAY", "VPN", "SOURCE", "text", "TAGGED_AT", 4L));
        store.flushAll();

        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(2);
        store.flushAll();

        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION);
        FollowEntity[] follows = store.find(FollowEntity.class, Query.select().order("SINCE"));
        assertThat(follows).extracting(FollowEntity::getFollowKey, FollowEntity::isFanIn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob|hashtag:vpn", true),
                        org.assertj.core.groups.Tuple.tuple("amy|issue:7", false));
        assertThat(store.find(HashtagEntity.class, Query.select())).singleElement().satisfies(tag -> {
            assertThat(tag.getTag()).isEqualTo("vpn");
            assertThat(tag.isBlocked()).isTrue();
        });
        assertThat(store.find(IssueHashtagEntity.class, Query.select())).singleElement()
                .satisfies(row -> assertThat(row.getIssueTag()).isEqualTo("7:vpn"));
        assertThat(store.count(SettingEntity.class, "SETTING_KEY = ?", SchemaUpgrades.VERSION_KEY)).isEqualTo(1);
    }
}
