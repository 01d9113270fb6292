// Source: jira-api-facts.md §4.2: com.atlassian.plugin.web.ContextProvider.init(Map<String,String>) throws PluginParseException
// Confidence: [U] superclass (RuntimeException assumed); the app never throws or catches it
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}
