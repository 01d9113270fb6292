package com.socialitsm.store;

import net.java.ao.Query;

/**
 * Version 1: every entity of {@link Schema}. Databases from the version-0 prototype had HASHTAG and ISSUE_HASHTAG
 * without display spellings and sources; their rows are kept and back-filled (the tag as its own display, and
 * "text" as the source, since the prototype only extracted).
 */
public final class UpgradeToV1 implements SchemaUpgrade {

    @Override
    public int modelVersion() {
        return 1;
    }

    @Override
    public void upgrade(SchemaMigrator migrator, Store store) {
        migrator.migrate(Schema.entityArray());
        store.executeInTransaction(() -> {
            for (HashtagEntity tag : store.find(HashtagEntity.class, Query.select().where("DISPLAY IS NULL"))) {
                tag.setDisplay(tag.getTag());
                tag.save();
            }
            for (IssueHashtagEntity row : store.find(IssueHashtagEntity.class,
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
