package com.socialitsm.store;

import java.util.List;

import net.java.ao.Query;

/**
 * The ordered upgrade tasks, and how hosts other than Jira run them: the model version is kept in SETTING under
 * {@link #VERSION_KEY}, and every task newer than it runs in order. (Jira's AO plugin keeps its own model version and
 * runs the same tasks through {@code ActiveObjectsUpgradeTask}.)
 */
public final class SchemaUpgrades {
    public static final String VERSION_KEY = "schema.model.version";
    public static final List<SchemaUpgrade> ALL = List.of(new UpgradeToV1(), new UpgradeToV2());

    private SchemaUpgrades() {
    }

    /** Brings the store's database to {@link Schema#CURRENT_VERSION}; returns the version it found. */
    public static int upgrade(EntityManagerStore store) {
        store.migrate(SettingEntity.class);
        int found = installedVersion(store);
        for (SchemaUpgrade task : ALL) {
            if (task.modelVersion() > found) {
                task.upgrade(store::migrate, store);
                setVersion(store, task.modelVersion());
            }
        }
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
                store.create(SettingEntity.class, java.util.Map.of(
                        "SETTING_KEY", VERSION_KEY, "SETTING_VALUE", Integer.toString(version)));
            } else {
                rows[0].setSettingValue(Integer.toString(version));
                rows[0].save();
            }
            return null;
        });
    }
}
