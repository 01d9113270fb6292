package com.socialitsm.store.upgrade.v2;

import net.java.ao.Query;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 2: FOLLOW.FAN_IN (fan-in on read for targets with very many followers) and its two indexes. Existing follows
 * are all fan-out, which is what the column's default says; rows a database left without the default are set. Works
 * on this package's frozen copy of FOLLOW, never on today's entity, which later versions change.
 */
public final class UpgradeToV2 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 2;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(FollowV2.class);
        store.executeInTransaction(() -> {
            for (FollowV2 row : store.find(FollowV2.class, Query.select().where("FAN_IN IS NULL"))) {
                row.setFanIn(false);
                row.save();
            }
            return null;
        });
    }
}
