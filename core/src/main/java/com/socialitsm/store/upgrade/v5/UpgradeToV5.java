package com.socialitsm.store.upgrade.v5;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 5: IDEA, IDEA_VOTE and IDEA_COMMENT (idea boards). New tables that start empty, so no existing row changes.
 * Works on this package's frozen copies, never on today's entities.
 */
public final class UpgradeToV5 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 5;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(IdeaV5.class, IdeaVoteV5.class, IdeaCommentV5.class);
    }
}
