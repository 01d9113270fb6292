package com.socialitsm.store.upgrade.v1;

import net.java.ao.Query;

import com.socialitsm.store.SchemaMigrator;
import com.socialitsm.store.SchemaUpgrade;
import com.socialitsm.store.Store;

/**
 * Version 1: HASHTAG and ISSUE_HASHTAG as version 1 defines them (the other tables are new, and the host creates them
 * from today's entities after the upgrades). Databases from the version-0 prototype had those two tables without
 * display spellings and sources; their rows are kept and back-filled (the tag as its own display, and "text" as the
 * source, since the prototype only extracted). Works on this package's frozen copies, never on today's entities,
 * which later versions change.
 */
public final class UpgradeToV1 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 1;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(HashtagV1.class, IssueHashtagV1.class);
        store.executeInTransaction(() -> {
            for (HashtagV1 tag : store.find(HashtagV1.class, Query.select().where("DISPLAY IS NULL"))) {
                tag.setDisplay(tag.getTag());
                tag.save();
            }
            for (IssueHashtagV1 row : store.find(IssueHashtagV1.class,
                    Query.select().where("DISPLAY IS NULL OR SOURCE IS NULL"))) {
                if (row.getDisplay() == null) {
                    row.setDisplay(row.getTag());
                }
                if (row.getSource() == null) {
                    row.setSource("text");
                }
                row.save();
            }
            return null;
        });
    }
}
