package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v11.UpgradeToV11;

/** Model version 11: ANSWER.PUBLISHED_AS (an internal answer's published portal question). */
public final class UpgradeTaskV11 extends SchemaUpgradeTask {
    public UpgradeTaskV11() {
        super(new UpgradeToV11());
    }
}
