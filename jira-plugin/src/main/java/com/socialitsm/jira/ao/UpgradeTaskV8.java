package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v8.UpgradeToV8;

/** Model version 8: SPIKE_ALERT and SPIKE_PROBLEM (spike alerts, problems raised from a spike). */
public final class UpgradeTaskV8 extends SchemaUpgradeTask {
    public UpgradeTaskV8() {
        super(new UpgradeToV8());
    }
}
