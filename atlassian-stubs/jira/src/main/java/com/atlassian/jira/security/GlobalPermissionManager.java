// Source: globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user) in public Jira plugins (code search); imported via @ComponentImport by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
