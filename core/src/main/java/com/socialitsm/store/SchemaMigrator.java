package com.socialitsm.store;

import net.java.ao.RawEntity;

/** Creates or extends the tables of entities: Jira's {@code ActiveObjects.migrate}, or the EntityManager's. */
@FunctionalInterface
public interface SchemaMigrator {
    void migrate(Class<? extends RawEntity<?>>... entities);
}
