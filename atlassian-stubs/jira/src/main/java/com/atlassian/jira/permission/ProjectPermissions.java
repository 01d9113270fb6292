// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
// Confidence: [V] BROWSE_PROJECTS is a public static final ProjectPermissionKey; its key string "BROWSE_PROJECTS" is [I]
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java
// Source (ADMINISTER_PROJECTS, ASSIGNABLE_USER, for "who is an agent of a project"): https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/permission/ProjectPermissions.html ; ../shared/reference/jira-api-facts.md §5 lists ADMINISTER_PROJECTS [V]; ASSIGNABLE_USER ("Assignable User", key "ASSIGNABLE_USER") [I] from the same javadoc page
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    // Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/permission/ProjectPermissions.html
    // (public static final ProjectPermissionKey ASSIGNABLE_USER, ADMINISTER_PROJECTS); ADMINISTER_PROJECTS is also
    // called so by Atlassian's Slack app (../shared/reference/jira-api-facts.md, section 5). Key strings are [I].
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    /** [V] LINK_ISSUES, same page ("Link issues" project permission, needed on the outward issue of a link). */
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");

    private ProjectPermissions() {
    }
}
