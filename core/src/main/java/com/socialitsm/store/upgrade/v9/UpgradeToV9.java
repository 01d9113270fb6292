package com.socialitsm.store.upgrade.v9;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 9: the listening post's LISTEN_SOURCE, CHATTER_MESSAGE and CHATTER_MENTION. New tables that start empty, so
 * no existing row changes. Works on this package's frozen copies, never on today's entities.
 */
public final class UpgradeToV9 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 9;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(ListenSourceV9.class, ChatterMessageV9.class, ChatterMentionV9.class);
    }
}
