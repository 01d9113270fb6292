package com.socialitsm.devhost.tracker;

import java.util.List;

import net.java.ao.RawEntity;

import com.socialitsm.store.standalone.EntityManagerStore;

/**
 * The demo tracker's own tables, beside the app's (same database, same AO table prefix, not part of the app's
 * {@code Schema}): migrated by the devhost at start, so every devhost node on one database shares them.
 */
public final class TrackerSchema {
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            DemoProjectEntity.class,
            DemoBrowseGrantEntity.class,
            DemoUserEntity.class,
            DemoIssueEntity.class,
            DemoCommentEntity.class,
            DemoChangeEntity.class,
            DemoSessionEntity.class,
            DemoIssueLinkEntity.class);

    private TrackerSchema() {
    }

    @SuppressWarnings("unchecked")
    public static void migrate(EntityManagerStore store) {
        store.migrate(ENTITIES.toArray(new Class[0]));
    }
}
