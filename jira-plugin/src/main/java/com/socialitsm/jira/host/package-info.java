/**
 * Core's host ports over Jira's managers: who an issue is ({@link com.socialitsm.jira.host.JiraIssueDirectory}),
 * who a user is ({@link com.socialitsm.jira.host.JiraUserDirectory}) and what a viewer may browse
 * ({@link com.socialitsm.jira.host.JiraAccessPolicy}, Jira's BROWSE_PROJECTS permission with issue security) and
 * where Jira's index finds an issue's tags ({@link com.socialitsm.jira.host.JiraIssueTagIndex}, an issue property).
 * {@link com.socialitsm.jira.host.JiraIssueRefs} is the one place a Jira {@code Issue} becomes an {@code IssueRef}.
 */
package com.socialitsm.jira.host;
