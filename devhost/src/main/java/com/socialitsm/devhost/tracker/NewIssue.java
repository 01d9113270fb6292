package com.socialitsm.devhost.tracker;

/**
 * What creating an issue takes. {@code assignee} may be null (unassigned); {@code description} may be null.
 */
public record NewIssue(String projectKey, String issueType, String summary, String description, String assignee) {
}
