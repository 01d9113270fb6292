package com.atlassian.plugin.util;

/** Do-nothing stand-in for the plugin framework's {@code PluginKeyStack}; outside Jira no plugin is calling. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
