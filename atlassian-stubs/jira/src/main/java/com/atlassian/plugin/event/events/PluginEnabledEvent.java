// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:.../service/SlackPluginLauncher.java and atlascommunity/jira-plugins-groovy:.../impl/PluginLauncherImpl.java (pluginEnabledEvent.getPlugin().getKey())
// Confidence: [C] getPlugin()
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/SlackPluginLauncher.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/SlackPluginLauncher.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.event.events;

import com.atlassian.plugin.Plugin;

public class PluginEnabledEvent {
    public PluginEnabledEvent(Plugin plugin) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Plugin getPlugin() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
