// Source: the calls into PluginKeyStack made by net.java.ao.EntityManager in https://repo1.maven.org/maven2/net/java/dev/activeobjects/activeobjects/6.1.1/activeobjects-6.1.1.jar (read from its bytecode; the real class is an Atlassian artifact that is not on Maven Central)
// Confidence: [V] the members AO 6.1.1 calls; a run-time do-nothing shim, never used inside Jira, where the real class exists
package com.atlassian.plugin.util;

/** Do-nothing stand-in for the plugin framework's {@code PluginKeyStack}; outside Jira no plugin is calling. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
