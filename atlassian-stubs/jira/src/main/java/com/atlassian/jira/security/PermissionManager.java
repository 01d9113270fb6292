// Source: jira-api-facts.md §5: hasPermission(ProjectPermissionKey, Issue|Project, ApplicationUser) called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370; getProjects(ProjectPermissionKey, ApplicationUser) from https://docs.atlassian.com/jira/server/com/atlassian/jira/security/PermissionManager.html
// Confidence: [C] both hasPermission overloads; [V] getProjects
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.security;

import java.util.Collection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    /** Whether the user (null = anonymous) has the permission on the issue, issue security levels included. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
