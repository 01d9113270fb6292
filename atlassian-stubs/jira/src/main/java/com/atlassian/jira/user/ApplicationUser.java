// Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (methods); jira-api-facts.md §5
// Confidence: [V] getKey(), getUsername(), getDisplayName(), isActive(); supertypes Principal/WithId/WithKey left out (unused)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/JqlSearcher.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/JqlSearcher.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
