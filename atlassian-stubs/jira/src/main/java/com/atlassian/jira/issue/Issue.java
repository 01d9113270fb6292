// Source: abstract method set of com.atlassian.jira.issue.Issue from an anonymous implementation in atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java, identical on Jira 9.0.0 and 10.0.0 (jira-api-facts.md §5)
// Confidence: [C] every method declared here (a subset of the interface); getLabels(), getComponents() and getCreated() listed in jira-api-facts.md §5 from the same file
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/JqlSearcher.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/bridge/jql/JqlSearcher.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.label.Label;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

public interface Issue {
    Long getId();

    String getKey();

    Long getProjectId();

    Project getProjectObject();

    String getSummary();

    String getDescription();

    Status getStatus();

    /** Null while the issue is unresolved. */
    String getResolutionId();

    /** The assignee's user key, or null. */
    String getAssigneeId();

    /** The reporter's user key, or null. */
    String getReporterId();

    Set<Label> getLabels();

    Collection<ProjectComponent> getComponents();

    Timestamp getCreated();
}
