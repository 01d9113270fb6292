// Source: atlassian-labs/atlassian-slack-integration-server@afe803a20315898e0c36f02588c80e53f6c2a16e (UrlMode.ABSOLUTE in JiraSlackPluginResourceProvider, UrlMode.RELATIVE and UrlMode.valueOf in PluginResourceUrlSlackFunction, com.atlassian.webresource.api.UrlMode); AUTO from the javadoc of the older com.atlassian.plugin.webresource.WebResourceUrlProvider
// Confidence: [C] ABSOLUTE, RELATIVE; [V, older API] AUTO; [I] constant order
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackPluginResourceProvider.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackPluginResourceProvider.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.webresource.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO
}
