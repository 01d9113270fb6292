package com.socialitsm.devhost.tracker;

/**
 * An edit of an issue's fields: a null summary or description is left as it is; the assignee changes only when
 * {@code changeAssignee} is set (to {@code assignee}, or to nobody when that is null).
 */
public record IssueEdit(String summary, String description, boolean changeAssignee, String assignee) {

    public static IssueEdit assign(String assignee) {
        return new IssueEdit(null, null, true, assignee);
    }

    public static IssueEdit texts(String summary, String description) {
        return new IssueEdit(summary, description, false, null);
    }
}
