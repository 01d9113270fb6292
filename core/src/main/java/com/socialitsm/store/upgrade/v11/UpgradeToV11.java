package com.socialitsm.store.upgrade.v11;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 11: ANSWER.PUBLISHED_AS, the portal question an internal answer was published as (issue #17), so that a
 * second publish updates the copy. No existing column could say it: the copy's own rows (a portal QUESTION and its
 * ANSWER) have no column naming where they came from, and RAISED_ISSUE_ID / ACCEPTED_ANSWER_ID mean other things. One
 * new column on an existing table, whose default (0: never published) is true of every existing row, since nothing
 * recorded earlier publications. Works on this package's frozen copy, never on today's entity.
 */
public final class UpgradeToV11 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 11;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(AnswerV11.class);
    }
}
