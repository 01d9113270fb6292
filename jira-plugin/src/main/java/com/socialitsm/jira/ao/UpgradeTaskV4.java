package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v4.UpgradeToV4;

/** Model version 4: DESK_VISIT (desk visits, confirmed by the reporter). */
public final class UpgradeTaskV4 extends SchemaUpgradeTask {
    public UpgradeTaskV4() {
        super(new UpgradeToV4());
    }
}
