// Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java (Jira 10) and https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java (Jira 11): com.atlassian.sal.api.UrlMode with ApplicationProperties.getBaseUrl; the full constant set per issue #15's check of SAL (CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO)
// Confidence: [C] the type and ABSOLUTE/CANONICAL on Jira 10 and 11; [V] the five constants (issue #15); [I] their declaration order
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
