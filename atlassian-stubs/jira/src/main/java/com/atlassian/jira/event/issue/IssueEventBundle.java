// Source: Jira 6.3.10+ source of com.atlassian.jira.event.issue.IssueEventBundle (public source copy found via code search); listened to by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java on Jira 10.0.0
// Confidence: [V] getEvents(), doesSendEmailNotification(); [C] still the type listened to on Jira 10
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event.issue;

import java.util.Collection;

public interface IssueEventBundle {
    Collection<JiraIssueEvent> getEvents();

    boolean doesSendEmailNotification();
}
