// Source: avatarService.getAvatarURL(ApplicationUser remoteUser, ApplicationUser avatarUser, Avatar.Size.SMALL).toString() in public Jira plugin code (code search); imported via @ComponentImport by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.avatar;

import java.net.URI;

import com.atlassian.jira.user.ApplicationUser;

public interface AvatarService {
    URI getAvatarURL(ApplicationUser remoteUser, ApplicationUser avatarUser, Avatar.Size size);
}
