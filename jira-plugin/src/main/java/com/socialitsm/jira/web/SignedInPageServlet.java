package com.socialitsm.jira.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.jira.security.JiraAuthenticationContext;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.web.page.PageSubjects;

/** The personal feed: licensed users only (the Platform 7 default, stated explicitly). */
@LicensedOnly
public final class SignedInPageServlet extends SocialPageServlet {
    private static final long serialVersionUID = 1L;

    public SignedInPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                               AccessPolicy accessPolicy, PageSubjects subjects) {
        super(renderer, authenticationContext, accessPolicy, subjects);
    }

    @Override
    public Access access() {
        return Access.SIGNED_IN;
    }
}
