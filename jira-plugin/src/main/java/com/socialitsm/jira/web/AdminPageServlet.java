package com.socialitsm.jira.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.security.JiraAuthenticationContext;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.web.page.PageSubjects;

/** The admin page: Jira administrators only. */
@AdminOnly
public final class AdminPageServlet extends SocialPageServlet {
    private static final long serialVersionUID = 1L;

    public AdminPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                            AccessPolicy accessPolicy, PageSubjects subjects) {
        super(renderer, authenticationContext, accessPolicy, subjects);
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }
}
