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

import com.socialitsm.testing.StoreExtension;

/** A version-1 database gets FOLLOW.FAN_IN with every existing follow on fan-out, as it was. */
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
        store.migrate(SettingEntity.class, FollowV1.class);
        store.create(SettingEntity.class, Map.of("SETTING_KEY", SchemaUpgrades.VERSION_KEY, "SETTING_VALUE", "1"));
        store.create(FollowV1.class, Map.of("FOLLOW_KEY", "bob|hashtag:vpn", "FOLLOWER", "bob",
                "TARGET", "hashtag:vpn", "SINCE", 1L, "AUTO", false, "MUTED", false));
        store.flushAll();

        assertThat(SchemaUpgrades.upgrade(store)).isEqualTo(1);
        store.flushAll();

        assertThat(SchemaUpgrades.installedVersion(store)).isEqualTo(Schema.CURRENT_VERSION);
        FollowEntity[] rows = store.find(FollowEntity.class, Query.select().where("FAN_IN = ?", false));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getFollowKey()).isEqualTo("bob|hashtag:vpn");
            assertThat(row.isFanIn()).isFalse();
        });
        assertThat(store.count(FollowEntity.class, "FAN_IN = ?", true)).isZero();
    }
}
