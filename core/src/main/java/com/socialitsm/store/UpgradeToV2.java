package com.socialitsm.store;

import net.java.ao.Query;

/**
 * Version 2: FOLLOW.FAN_IN (fan-in on read for targets with very many followers) and its two indexes. Existing follows
 * are all fan-out, which is what the column's default says; rows a database left without the default are set.
 */
public final class UpgradeToV2 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 2;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(Schema.entityArray());
        store.executeInTransaction(() -> {
            for (FollowEntity row : store.find(FollowEntity.class, Query.select().where("FAN_IN IS NULL"))) {
                row.setFanIn(false);
                row.save();
            }
            return null;
        });
    }
}
