// Source: IssueEventBundle.getEvents() returns Collection<JiraIssueEvent> (Jira 6.3.10+ source copy); atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java
// Confidence: [C] the type; [U] its members: none declared here because the app only narrows it to DelegatingJiraIssueEvent
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event.issue;

public interface JiraIssueEvent {
}
