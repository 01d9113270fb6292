package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v2.UpgradeToV2;

/** Model version 2: FOLLOW.FAN_IN and its indexes, for fan-in on read of targets with very many followers. */
public final class UpgradeTaskV2 extends SchemaUpgradeTask {
    public UpgradeTaskV2() {
        super(new UpgradeToV2());
    }
}
