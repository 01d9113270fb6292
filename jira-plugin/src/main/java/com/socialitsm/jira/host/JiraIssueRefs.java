package com.socialitsm.jira.host;

import java.util.Optional;

import jakarta.inject.Named;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import com.socialitsm.host.IssueRef;

/** Turns a Jira issue into the engine's {@link IssueRef}; used by the event edge and the issue directory alike. */
@Named
public final class JiraIssueRefs {

    public IssueRef toRef(Issue issue) {
        Project project = issue.getProjectObject();
        Status status = issue.getStatus();
        return new IssueRef(
                issue.getId(),
                issue.getKey(),
                project == null ? issue.getProjectId() : project.getId(),
                project == null ? "" : project.getKey(),
                issue.getSummary(),
                issue.getDescription(),
                status == null ? "" : status.getName(),
                issue.getResolutionId() != null,
                Optional.ofNullable(issue.getAssigneeId()),
                Optional.ofNullable(issue.getReporterId()));
    }
}
