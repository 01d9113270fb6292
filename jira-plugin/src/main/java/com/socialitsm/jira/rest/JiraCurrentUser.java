package com.socialitsm.jira.rest;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.web.CurrentUser;

/**
 * Who is calling, as Jira authenticated them: the user key of Jira's logged-in user for this request thread, empty
 * when anonymous. One bean serves every request, because Jira's authentication context is per thread; the REST
 * resources take it through their constructors.
 */
@Named("jiraCurrentUser")
public final class JiraCurrentUser implements CurrentUser {
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraCurrentUser(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getKey);
    }
}
