package com.socialitsm.jira;

/** Names the descriptor and the code must agree on; {@code DescriptorTest} checks them against atlassian-plugin.xml. */
public final class PluginKeys {
    /** The {@code key} of atlassian-plugin.xml ({@code atlassian.plugin.key} in the POM). */
    public static final String PLUGIN_KEY = "com.socialitsm.social-itsm";
    /** Where the REST module serves: {@code <rest path="/social" version="1.0">}. */
    public static final String REST_BASE = "/rest/social/1.0";
    /** Where the page servlets live: {@code <url-pattern>/social/...</url-pattern>} under Jira's servlet prefix. */
    public static final String PAGES_BASE = "/plugins/servlet/social";

    private PluginKeys() {
    }
}
