package com.socialitsm.store.upgrade.v7;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 7: the portal's known issues (KNOWN_ISSUE, KNOWN_ISSUE_ME_TOO, KNOWN_ISSUE_FOLLOWER, KNOWN_ISSUE_UPDATE).
 * New tables that start empty, so no existing row changes. Works on this package's frozen copies, never on today's
 * entities. (Versions 5 and 6 are other branches' tasks; the lead numbers them on merge.)
 */
public final class UpgradeToV7 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 7;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(KnownIssueV7.class, KnownIssueMeTooV7.class, KnownIssueFollowerV7.class,
                KnownIssueUpdateV7.class);
    }
}
