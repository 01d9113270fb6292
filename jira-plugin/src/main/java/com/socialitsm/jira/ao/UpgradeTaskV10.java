package com.socialitsm.jira.ao;

import com.socialitsm.store.upgrade.v10.UpgradeToV10;

/** Model version 10: QUESTION.PORTAL_ID and ANSWER.VERIFIED (the customer portal's Q&amp;A). */
public final class UpgradeTaskV10 extends SchemaUpgradeTask {
    public UpgradeTaskV10() {
        super(new UpgradeToV10());
    }
}
