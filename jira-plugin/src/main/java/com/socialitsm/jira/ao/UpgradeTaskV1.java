package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v1.UpgradeToV1;

/** Model version 1: HASHTAG and ISSUE_HASHTAG as version 1 defines them; keeps and back-fills the version-0 rows. */
public final class UpgradeTaskV1 extends SchemaUpgradeTask {
    public UpgradeTaskV1() {
        super(new UpgradeToV1());
    }
}
