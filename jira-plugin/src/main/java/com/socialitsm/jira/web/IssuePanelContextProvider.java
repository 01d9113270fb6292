package com.socialitsm.jira.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;

import com.socialitsm.host.IssueRef;
import com.socialitsm.jira.host.JiraIssueRefs;

/**
 * Puts an {@link IssuePanelModel} under {@code panel} and the front end's {@link SocialBoot} under {@code boot} for
 * both issue-view panels (the social panel and "Ask the community"). The view-issue page passes the issue under
 * {@code issue}; without one the templates render nothing.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    static final String ISSUE = "issue";
    static final String PANEL = "panel";
    static final String BOOT = "boot";

    private final JiraIssueRefs issueRefs;
    private final JiraAuthenticationContext authenticationContext;
    private final SocialAssets assets;

    @Inject
    public IssuePanelContextProvider(JiraIssueRefs issueRefs, JiraAuthenticationContext authenticationContext,
                                     SocialAssets assets) {
        this.issueRefs = issueRefs;
        this.authenticationContext = authenticationContext;
        this.assets = assets;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: both panels use the same model.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        if (context.get(ISSUE) instanceof Issue issue && issue.getId() != null) {
            IssueRef ref = issueRefs.toRef(issue);
            result.put(PANEL, new IssuePanelModel(ref.key(), ref.projectKey()));
            result.put(BOOT, assets.boot(authenticationContext.getLocale()));
        }
        return result;
    }
}
