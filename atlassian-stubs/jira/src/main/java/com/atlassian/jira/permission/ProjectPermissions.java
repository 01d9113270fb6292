// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
// Confidence: [V] BROWSE_PROJECTS is a public static final ProjectPermissionKey; its key string "BROWSE_PROJECTS" is [I]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    private ProjectPermissions() {
    }
}
