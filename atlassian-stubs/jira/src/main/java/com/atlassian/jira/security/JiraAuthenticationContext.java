// Source: jira-api-facts.md §5 (getLoggedInUser(), getI18nHelper() called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370)
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

public interface JiraAuthenticationContext {
    /** The logged-in user, or null for an anonymous request. */
    ApplicationUser getLoggedInUser();

    I18nHelper getI18nHelper();
}
