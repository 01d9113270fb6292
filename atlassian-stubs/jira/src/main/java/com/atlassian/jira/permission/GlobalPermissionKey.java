// Source: GlobalPermissionKey.ADMINISTER / SYSTEM_ADMIN with GlobalPermissionManager.hasPermission in public Jira 8-10 plugins (code search, e.g. mailru/jira-plugins-mrimsender)
// Confidence: [C] ADMINISTER and SYSTEM_ADMIN constants; [U] the key strings and the factory (the app only uses the constants)
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
