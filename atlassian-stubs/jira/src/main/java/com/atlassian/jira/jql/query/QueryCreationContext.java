// Source: jira-api-facts.md §7 (queryCreationContext.getApplicationUser())
// Confidence: [V] getApplicationUser()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

public interface QueryCreationContext {
    ApplicationUser getApplicationUser();
}
