// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/ao/upgrade/v1/ProjectConfigurationUpgradeTask001.java (ModelVersion.valueOf("1")); https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref-test/com/atlassian/activeobjects/internal/ActiveObjectUpgradeManagerImplTest.html
// Confidence: [C] valueOf(String); [U] the class modifiers (final, Comparable) are not used by the app
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.activeobjects.external;

public final class ModelVersion {
    private ModelVersion() {
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
