package com.socialitsm.jira.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.web.page.PageSubjects;

/**
 * Hashtag, leaderboard, Q&amp;A and profile pages: open to whoever may use the site, anonymous visitors included where Jira
 * allows anonymous access. Their data comes from the REST API, which filters by permission.
 */
@AnonymousSiteAccess
public final class PublicPageServlet extends SocialPageServlet {
    private static final long serialVersionUID = 1L;

    public PublicPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                             AccessPolicy accessPolicy, PageSubjects subjects) {
        super(renderer, authenticationContext, accessPolicy, subjects);
    }

    @Override
    public Access access() {
        return Access.ANYONE;
    }
}
