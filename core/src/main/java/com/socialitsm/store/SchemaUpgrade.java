package com.socialitsm.store;

/**
 * One schema version: what it takes to bring a database of the previous version to this one without losing a row.
 * In Jira each is wrapped as an {@code ActiveObjectsUpgradeTask}; elsewhere {@link SchemaUpgrades} runs them.
 */
public interface SchemaUpgrade {

    int modelVersion();

    void upgrade(SchemaMigrator migrator, Store store);
}
