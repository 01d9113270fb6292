package com.socialitsm.jira.ao;

import com.socialitsm.store.UpgradeToV1;

/** Model version 1: every entity of the schema; keeps and back-fills rows of the version-0 prototype. */
public final class UpgradeTaskV1 extends SchemaUpgradeTask {
    public UpgradeTaskV1() {
        super(new UpgradeToV1());
    }
}
