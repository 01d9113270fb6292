package com.socialitsm.store.upgrade.v4;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 4: DESK_VISIT (desk visits logged by assignees, confirmed by reporters). A new table that starts empty, so
 * no existing row changes. Works on this package's frozen copy, never on today's entity.
 */
public final class UpgradeToV4 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 4;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(DeskVisitV4.class);
    }
}
