package com.socialitsm.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import com.socialitsm.store.SchemaUpgrade;

/**
 * One core {@link SchemaUpgrade} as an Active Objects upgrade task. Jira's AO plugin keeps the model version per
 * plugin and runs each task whose version is newer, before it migrates the {@code <ao>} entities itself; that is
 * why every core upgrade starts by migrating the frozen copies of the entities it needs (kept beside it in core's
 * {@code store.upgrade.v<N>} package, never listed in the {@code <ao>} module). Each model version gets its own
 * subclass because the {@code <ao>} module names upgrade tasks by class.
 */
public abstract class SchemaUpgradeTask implements ActiveObjectsUpgradeTask {
    private final SchemaUpgrade upgrade;

    protected SchemaUpgradeTask(SchemaUpgrade upgrade) {
        this.upgrade = upgrade;
    }

    /** The core upgrade this task runs. */
    public SchemaUpgrade schemaUpgrade() {
        return upgrade;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(upgrade.modelVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        upgrade.upgrade(ao::migrate, new AoStore(ao));
    }
}
