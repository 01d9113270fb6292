package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v7.UpgradeToV7;

/** Model version 7: the customer portal's known issues, me-toos, followers and public updates. */
public final class UpgradeTaskV7 extends SchemaUpgradeTask {
    public UpgradeTaskV7() {
        super(new UpgradeToV7());
    }
}
