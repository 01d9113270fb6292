package com.socialitsm.store.upgrade.v8;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 8: SPIKE_ALERT (spike alerts posted, one per spike) and SPIKE_PROBLEM (problems raised from a spike). New
 * tables that start empty, so no existing row changes. Works on this package's frozen copies, never on today's
 * entities.
 */
public final class UpgradeToV8 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 8;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(SpikeAlertV8.class, SpikeProblemV8.class);
    }
}
