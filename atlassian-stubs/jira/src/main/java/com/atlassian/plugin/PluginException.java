// Source: https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html ("public class PluginException extends java.lang.RuntimeException", constructors (), (String), (String, Throwable), (Throwable)); supertype of PluginParseException in https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html
// Confidence: [V] the supertype and constructors (atlassian-plugins 3 and 4); [I] unchanged in Platform 7/8
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
