// Source: https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html ("public class PluginParseException extends PluginException", constructors (), (String), (String, Throwable), (Throwable)); https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html ("public class PluginException extends java.lang.RuntimeException"); thrown by ContextProvider.init (jira-api-facts.md §4.2)
// Confidence: [V] the supertype chain and constructors (atlassian-plugins 3 and 4; unchanged in the Platform 7/8 plugins framework [I])
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/condition/CurrentUserIsProfileUserCondition.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/condition/CurrentUserIsProfileUserCondition.java
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
