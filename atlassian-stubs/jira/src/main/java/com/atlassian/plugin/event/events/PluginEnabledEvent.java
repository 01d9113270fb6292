// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:.../service/SlackPluginLauncher.java and atlascommunity/jira-plugins-groovy:.../impl/PluginLauncherImpl.java (pluginEnabledEvent.getPlugin().getKey())
// Confidence: [C] getPlugin()
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
