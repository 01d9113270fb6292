package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v5.UpgradeToV5;

/** Model version 5: IDEA, IDEA_VOTE, IDEA_COMMENT (idea boards). */
public final class UpgradeTaskV5 extends SchemaUpgradeTask {
    public UpgradeTaskV5() {
        super(new UpgradeToV5());
    }
}
