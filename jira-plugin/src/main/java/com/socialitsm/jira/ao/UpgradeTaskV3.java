package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v3.UpgradeToV3;

/** Model version 3: HASHTAG_DELTA (tag counts as appended changes, rolled up) and HASHTAG_PREFIX (autocomplete). */
public final class UpgradeTaskV3 extends SchemaUpgradeTask {
    public UpgradeTaskV3() {
        super(new UpgradeToV3());
    }
}
