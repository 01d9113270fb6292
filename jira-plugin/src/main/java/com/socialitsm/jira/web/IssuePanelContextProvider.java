package com.socialitsm.jira.web;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;

import com.socialitsm.host.IssueRef;
import com.socialitsm.jira.host.JiraIssueRefs;

/**
 * Puts an {@link IssuePanelModel} under {@code panel} for both issue-view panels (social bar and "Ask the
 * community"). The view-issue page passes the issue under {@code issue}; without one the templates render nothing.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    static final String ISSUE = "issue";
    static final String PANEL = "panel";

    private final JiraIssueRefs issueRefs;
    private final JiraAuthenticationContext authenticationContext;

    public IssuePanelContextProvider(JiraIssueRefs issueRefs, JiraAuthenticationContext authenticationContext) {
        this.issueRefs = issueRefs;
        this.authenticationContext = authenticationContext;
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
            result.put(PANEL, new IssuePanelModel(ref.key(), ref.id(), ref.projectKey(), ref.assignee().orElse(""),
                    authenticationContext.getLoggedInUser() != null));
        }
        return result;
    }
}
