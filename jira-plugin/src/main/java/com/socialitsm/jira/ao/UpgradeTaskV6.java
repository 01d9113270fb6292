package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v6.UpgradeToV6;

/** Model version 6: POLL, POLL_BALLOT, POLL_CHOICE (polls in a project). */
public final class UpgradeTaskV6 extends SchemaUpgradeTask {
    public UpgradeTaskV6() {
        super(new UpgradeToV6());
    }
}
