package com.socialitsm.jira.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;

import com.socialitsm.host.IssueRef;
import com.socialitsm.jira.host.JiraIssueRefs;

/**
 * Puts an {@link IssuePanelModel} under {@code panel} for both issue-view panels (the social panel and "Ask the
 * community"). The view-issue page passes the issue under {@code issue}; without one the templates render nothing.
 * The front end itself reaches the page through the Web Resource Manager ({@link SocialAssets}), not through the
 * panels: a panel is mount points only.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    static final String ISSUE = "issue";
    static final String PANEL = "panel";

    private final JiraIssueRefs issueRefs;

    @Inject
    public IssuePanelContextProvider(JiraIssueRefs issueRefs) {
        this.issueRefs = issueRefs;
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
        }
        return result;
    }
}
