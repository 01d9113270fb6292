package com.socialitsm.jira.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.security.JiraAuthenticationContext;

import com.socialitsm.host.AccessPolicy;

/** The admin page: Jira administrators only. */
@AdminOnly
public final class AdminPageServlet extends SocialPageServlet {
    private static final long serialVersionUID = 1L;

    public AdminPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                            AccessPolicy accessPolicy) {
        super(renderer, authenticationContext, accessPolicy);
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }
}
