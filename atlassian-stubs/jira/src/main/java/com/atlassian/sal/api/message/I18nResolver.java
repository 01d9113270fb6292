// Source: jira-api-facts.md §5: SAL com.atlassian.sal.api.message.I18nResolver.getText(String key, Serializable... args)
// is common in public plugins; the decompiled streams-api StreamsEntry (CFR 0.152; public decompiled copy, code search)
// takes "com.atlassian.sal.api.message.I18nResolver" in its constructor and calls getText(String)
// Confidence: [C] the type and getText(String); the app only passes an instance through to StreamsEntry
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api.message;

public interface I18nResolver {
    String getText(String key);
}
