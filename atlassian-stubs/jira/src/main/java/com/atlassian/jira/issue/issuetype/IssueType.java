// Source: jira-api-facts.md §5 (Issue.getIssueType() and Project.getIssueTypes() in the abstract method sets from atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); com.atlassian.jira.issue.issuetype.IssueType extends IssueConstant, isSubTask() long-standing
// Confidence: [C] the type; [I] its package and isSubTask()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
