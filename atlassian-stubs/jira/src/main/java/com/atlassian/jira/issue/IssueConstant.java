// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueConstant.html (Status extends IssueConstant)
// Confidence: [I] getName() (long-standing; the app reads the status name)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

public interface IssueConstant {
    String getId();

    String getName();
}
