package com.socialitsm.store.upgrade.v10;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 10: the customer portal's Q&amp;A (issue #17 part 3): QUESTION.PORTAL_ID (0 = the agents' internal Q&amp;A,
 * which every existing row is) and ANSWER.VERIFIED (false for every existing row). Two new columns on existing
 * tables, whose defaults keep every existing row what it was. Works on this package's frozen copies, never on today's
 * entities.
 */
public final class UpgradeToV10 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 10;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(QuestionV10.class, AnswerV10.class);
    }
}
