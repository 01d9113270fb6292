// Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (methods); jira-api-facts.md §5
// Confidence: [V] getKey(), getUsername(), getDisplayName(), isActive(); supertypes Principal/WithId/WithKey left out (unused)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
