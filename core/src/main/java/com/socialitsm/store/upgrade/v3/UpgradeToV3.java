package com.socialitsm.store.upgrade.v3;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 3: HASHTAG_DELTA (tag counts change by appended rows that the rollup job adds up) and HASHTAG_PREFIX (the
 * most used tags of each short prefix, for autocomplete). Both start empty: the counts of version 2 are exact, so
 * there is nothing to roll up, and the rollup job's first run fills HASHTAG_PREFIX (until then autocomplete reads
 * HASHTAG as before). Works on this package's frozen copies, never on today's entities.
 */
public final class UpgradeToV3 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 3;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(HashtagDeltaV3.class, HashtagPrefixV3.class);
    }
}
