// Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html; still implemented this way in Jira Software 11.1 (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/upgrade/AOUpgradeTask001.html)
// Confidence: [V]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    /** The version of the model after this task has run. */
    ModelVersion getModelVersion();

    /** Upgrades the model; a thrown exception stops later tasks and this one is retried next time. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
