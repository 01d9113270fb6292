// Source: Issue.getStatus() returns com.atlassian.jira.issue.status.Status (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java)
// Confidence: [C] the type; [I] Status extends IssueConstant
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;

public interface Status extends IssueConstant {
}
