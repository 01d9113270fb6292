package com.socialitsm.jira.web;

/**
 * What the issue-view panel templates show; the panel's live data (tags, votes, follows, questions) is fetched by the
 * panel script from the REST API, so the issue view never waits on the app's tables.
 *
 * @param assigneeKey the assignee's user key, or "" when unassigned (the kudos button thanks the assignee)
 */
public record IssuePanelModel(String issueKey, long issueId, String projectKey, String assigneeKey, boolean loggedIn) {
}
