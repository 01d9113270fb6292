// Source: jira-api-facts.md §5: hasPermission(ProjectPermissionKey, Issue|Project, ApplicationUser) called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370; getProjects(ProjectPermissionKey, ApplicationUser) from https://docs.atlassian.com/jira/server/com/atlassian/jira/security/PermissionManager.html
// Confidence: [C] both hasPermission overloads; [V] getProjects
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
