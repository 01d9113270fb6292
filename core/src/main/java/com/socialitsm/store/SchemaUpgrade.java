package com.socialitsm.store;

/**
 * One schema version: what it takes to bring a database of the previous version to this one without losing a row.
 * It migrates and reads frozen copies of the entities as its version defines them, kept beside it in
 * {@code com.socialitsm.store.upgrade.v<N>}, never today's entities. In Jira each is wrapped as an
 * {@code ActiveObjectsUpgradeTask}; elsewhere {@code com.socialitsm.store.upgrade.SchemaUpgrades} runs them.
 */
public interface SchemaUpgrade {

    int modelVersion();

    void upgrade(SchemaMigrator migrator, Store store);
}
