// Source: Project abstract methods from atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (jira-api-facts.md §5)
// Confidence: [C] getId(), getKey(), getName(), getIssueTypes() (Collection<IssueType>)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.project;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

public interface Project {
    Long getId();

    String getKey();

    String getName();

    /** The issue types of the project's scheme, its default first. */
    Collection<IssueType> getIssueTypes();
}
