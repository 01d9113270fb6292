// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/SlackPluginLauncher.java (event.getPlugin().getKey())
// Confidence: [C] getKey()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin;

public interface Plugin {
    String getKey();
}
