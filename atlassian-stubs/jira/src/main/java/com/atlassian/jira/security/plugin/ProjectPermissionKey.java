// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (constants of type com.atlassian.jira.security.plugin.ProjectPermissionKey)
// Confidence: [V] type and package; [U] constructor shape (the app only uses the ProjectPermissions constants)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
