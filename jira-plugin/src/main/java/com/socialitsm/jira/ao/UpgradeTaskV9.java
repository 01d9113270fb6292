package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v9.UpgradeToV9;

/** Model version 9: LISTEN_SOURCE, CHATTER_MESSAGE, CHATTER_MENTION (the listening post). */
public final class UpgradeTaskV9 extends SchemaUpgradeTask {
    public UpgradeTaskV9() {
        super(new UpgradeToV9());
    }
}
