package com.socialitsm.jira.hashtag;

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ofbiz.core.entity.GenericEntityException;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;

import com.socialitsm.host.LabeledIssues;

/**
 * A project's Jira labels and/or component names, a page of issues at a time in issue id order (resumable after any
 * issue), for the core's labels-to-hashtags import: the edge where Jira's {@code Issue} becomes our
 * {@link LabeledIssue}. Each issue is tagged at its creation time, so an import does not look like a sudden trend.
 */
@Named
public final class JiraLabeledIssues implements LabeledIssues {
    private final IssueManager issueManager;
    private final Clock clock;

    @Inject
    public JiraLabeledIssues(IssueManager issueManager, Clock clock) {
        this.issueManager = issueManager;
        this.clock = clock;
    }

    @Override
    public long count(long projectId) {
        return ids(projectId).size();
    }

    @Override
    public List<LabeledIssue> page(long projectId, Origin origin, long afterIssueId, int limit) {
        List<Long> page = ids(projectId).stream().filter(Objects::nonNull).filter(id -> id > afterIssueId).sorted()
                .limit(Math.max(1, limit)).toList();
        List<LabeledIssue> issues = new ArrayList<>(page.size());
        for (Issue issue : issueManager.getIssueObjects(page)) {
            Instant created = issue.getCreated() == null ? clock.instant() : issue.getCreated().toInstant();
            issues.add(new LabeledIssue(issue.getId(), created, names(issue, origin)));
        }
        issues.sort(java.util.Comparator.comparingLong(LabeledIssue::issueId));
        return issues;
    }

    private Collection<Long> ids(long projectId) {
        try {
            return issueManager.getIssueIdsForProject(projectId);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectId, e);
        }
    }

    /** The issue's label and/or component names, blank ones dropped (also read by {@link JiraHistoricIssues}). */
    static List<String> names(Issue issue, Origin origin) {
        List<String> names = new ArrayList<>();
        if (origin.labels() && issue.getLabels() != null) {
            for (Label label : issue.getLabels()) {
                names.add(label.getLabel());
            }
        }
        if (origin.components() && issue.getComponents() != null) {
            for (ProjectComponent component : issue.getComponents()) {
                names.add(component.getName());
            }
        }
        names.removeIf(name -> name == null || name.isBlank());
        return names;
    }
}
