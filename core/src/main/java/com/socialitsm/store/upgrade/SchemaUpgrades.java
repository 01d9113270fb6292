package com.socialitsm.store.upgrade;

import java.util.List;
import java.util.Map;

import net.java.ao.Query;

import com.socialitsm.store.Schema;
import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;
import com.socialitsm.store.upgrade.v1.UpgradeToV1;
import com.socialitsm.store.upgrade.v2.UpgradeToV2;
import com.socialitsm.store.upgrade.v3.UpgradeToV3;
import com.socialitsm.store.upgrade.v4.UpgradeToV4;
import com.socialitsm.store.upgrade.v5.UpgradeToV5;
import com.socialitsm.store.upgrade.v6.UpgradeToV6;
import com.socialitsm.store.upgrade.v8.UpgradeToV8;
import com.socialitsm.store.upgrade.v9.UpgradeToV9;
import com.socialitsm.store.upgrade.v10.UpgradeToV10;
import com.socialitsm.store.upgrade.v11.UpgradeToV11;
import com.socialitsm.store.upgrade.v7.UpgradeToV7;

/**
 * The ordered upgrade tasks, and how hosts other than Jira run them as Jira's AO plugin does: every task newer than
 * the installed model version in order, then the migration of today's entities ({@link Schema#ENTITIES}). The model
 * version is kept in SETTING under {@link #VERSION_KEY}. (Jira's AO plugin keeps its own model version and runs the
 * same tasks through {@code ActiveObjectsUpgradeTask}.)
 */
public final class SchemaUpgrades {
    public static final String VERSION_KEY = "schema.model.version";
    public static final List<SchemaUpgrade> ALL = List.of(new UpgradeToV1(), new UpgradeToV2(), new UpgradeToV3(),
            new UpgradeToV4(), new UpgradeToV5(), new UpgradeToV6(), new UpgradeToV7(), new UpgradeToV8(),
            new UpgradeToV9(), new UpgradeToV10(), new UpgradeToV11());

    private SchemaUpgrades() {
    }

    /** Brings the store's database to {@link Schema#CURRENT_VERSION}; returns the version it found. */
    public static <S extends Store & SchemaMigrator> int upgrade(S store) {
        store.migrate(SettingEntity.class);
        int found = installedVersion(store);
        for (SchemaUpgrade task : ALL) {
            if (task.modelVersion() > found) {
                task.upgrade(store, store);
                // Entities of a task's frozen copies and of today's share tables: forget what the task cached.
                store.flushAll();
                setVersion(store, task.modelVersion());
            }
        }
        store.migrate(Schema.entityArray());
        return found;
    }

    public static int installedVersion(Store store) {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", VERSION_KEY));
        return rows.length == 0 ? 0 : Integer.parseInt(rows[0].getSettingValue());
    }

    private static void setVersion(Store store, int version) {
        store.executeInTransaction(() -> {
            SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", VERSION_KEY));
            if (rows.length == 0) {
                store.create(SettingEntity.class, Map.of(
                        "SETTING_KEY", VERSION_KEY, "SETTING_VALUE", Integer.toString(version)));
            } else {
                rows[0].setSettingValue(Integer.toString(version));
                rows[0].save();
            }
            return null;
        });
    }
}
