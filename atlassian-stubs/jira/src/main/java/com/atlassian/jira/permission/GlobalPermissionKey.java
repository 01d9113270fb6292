// Source: GlobalPermissionKey.ADMINISTER / SYSTEM_ADMIN with GlobalPermissionManager.hasPermission in public Jira 8-10 plugins (code search, e.g. mailru/jira-plugins-mrimsender)
// Confidence: [C] ADMINISTER and SYSTEM_ADMIN constants; [U] the key strings and the factory (the app only uses the constants)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/actions/AbstractProjectAction.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/actions/AbstractProjectAction.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
