// Source: jira-api-facts.md §5 (IssueManager.getIssueObject returns MutableIssue); https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/MutableIssue.html
// Confidence: [U] return type of IssueManager.getIssueObject; [V] MutableIssue extends Issue
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
