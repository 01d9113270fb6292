// Source: Jira 6.3.10+ source of com.atlassian.jira.event.issue.DelegatingJiraIssueEvent (public source copy found via code search); used as ((DelegatingJiraIssueEvent) event).asIssueEvent() by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
// Confidence: [V] 'public interface DelegatingJiraIssueEvent extends JiraIssueEvent' with IssueEvent asIssueEvent() (never null)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event.issue;

public interface DelegatingJiraIssueEvent extends JiraIssueEvent {
    /** The IssueEvent equivalent of this event; never null. */
    IssueEvent asIssueEvent();
}
