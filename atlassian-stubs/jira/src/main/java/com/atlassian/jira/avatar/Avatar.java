// Source: Avatar.Size.SMALL as passed to AvatarService.getAvatarURL in public Jira plugin code (code search)
// Confidence: [C] nested enum Size with SMALL; the other constants are left out
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.avatar;

public interface Avatar {
    enum Size {
        SMALL
    }
}
