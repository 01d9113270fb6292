// Source: https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html ("public class PluginParseException extends PluginException", constructors (), (String), (String, Throwable), (Throwable)); https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html ("public class PluginException extends java.lang.RuntimeException"); thrown by ContextProvider.init (jira-api-facts.md §4.2)
// Confidence: [V] the supertype chain and constructors (atlassian-plugins 3 and 4; unchanged in the Platform 7/8 plugins framework [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
