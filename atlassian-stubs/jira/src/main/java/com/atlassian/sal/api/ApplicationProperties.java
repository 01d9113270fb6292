// Source: jira-api-facts.md §2.1 and §5: @ComponentImport("salApplicationProperties")
// com.atlassian.sal.api.ApplicationProperties and getBaseUrl(UrlMode) as called by Atlassian's Slack plugin for Jira 10
// (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); getDisplayName() as the
// sample provider of the SDK tutorial "Making your own Activity Streams provider" calls it for the entry's
// applicationType ("applicationProperties.getDisplayName()")
// Confidence: [C] getBaseUrl(UrlMode); [V] getDisplayName() (tutorial code, SAL 2.x era)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
