// Source: jira-api-facts.md §5 (getIssueObject(Long|String) called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); getIssueObjects(Collection<Long>) -> List<Issue> as called by public plugins and mocked in public jira-tests based tests (code search)
// getIssueIdsForProject(Long) -> Collection<Long> throws GenericEntityException as called by public plugins (code search: "issueManager.getIssueIdsForProject(project.getId())" inside "catch (final GenericEntityException e)")
// Confidence: [C] getIssueObject(Long), getIssueObject(String), getIssueObjects(Collection<Long>), getIssueIdsForProject(Long); [U] MutableIssue return type
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

import org.ofbiz.core.entity.GenericEntityException;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);

    /** Every issue id of the project (unordered). */
    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}
