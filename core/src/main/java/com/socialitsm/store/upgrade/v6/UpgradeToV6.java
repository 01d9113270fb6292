package com.socialitsm.store.upgrade.v6;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 6: POLL, POLL_BALLOT and POLL_CHOICE (polls in a project). New tables that start empty, so no existing row
 * changes. Works on this package's frozen copies, never on today's entities.
 */
public final class UpgradeToV6 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 6;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(PollV6.class, PollBallotV6.class, PollChoiceV6.class);
    }
}
