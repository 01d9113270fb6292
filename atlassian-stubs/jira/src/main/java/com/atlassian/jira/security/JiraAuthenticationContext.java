// Source: jira-api-facts.md §5 (getLoggedInUser(), getI18nHelper() called by atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); getLocale() from https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html ("Locale getLocale() Get the users locale.")
// Confidence: [C] getLoggedInUser(), getI18nHelper(); [V] getLocale()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

public interface JiraAuthenticationContext {
    /** The logged-in user, or null for an anonymous request. */
    ApplicationUser getLoggedInUser();

    I18nHelper getI18nHelper();

    /** The user's locale (for an anonymous request, the site's default). */
    Locale getLocale();
}
