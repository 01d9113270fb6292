package com.socialitsm.jira.hashtag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;

import org.ofbiz.core.entity.GenericEntityException;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;

import com.socialitsm.engine.SocialApp;
import com.socialitsm.hashtag.LabelImport;

/**
 * Turns a project's Jira labels and/or component names into hashtags, one page of issues at a time (in issue id
 * order, resumable after any issue), through the hashtag service's {@code importLabels}: each issue in a transaction
 * of its own, tagged at the issue's creation time so that the import does not look like a sudden trend, and
 * idempotent, so running it again (or after an interruption) only finds the tags there.
 */
@Named
public final class LabelImporter {
    /** Issues per request: each is one transaction of a few statements. */
    public static final int MAX_PAGE = 500;

    /** What becomes a hashtag. */
    public enum Source {
        LABELS, COMPONENTS, BOTH;

        boolean labels() {
            return this != COMPONENTS;
        }

        boolean components() {
            return this != LABELS;
        }
    }

    /**
     * What one page did: the sums of {@link LabelImport} over its issues, and the issue id to continue after (empty
     * when the project is done).
     */
    public record Page(int issues, int imported, int alreadyTagged, int invalid, int blocked, Optional<Long> nextAfter) {
    }

    private final SocialApp app;
    private final IssueManager issueManager;

    @Inject
    public LabelImporter(SocialApp app, IssueManager issueManager) {
        this.app = app;
        this.issueManager = issueManager;
    }

    /** Imports the issues of the project with an id above {@code afterIssueId}, at most {@code limit} of them. */
    public Page importPage(long projectId, Source source, long afterIssueId, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<Long> ids = nextIds(projectId, afterIssueId, size + 1);
        boolean more = ids.size() > size;
        List<Long> page = more ? ids.subList(0, size) : ids;
        int imported = 0;
        int already = 0;
        int invalid = 0;
        int blocked = 0;
        for (Issue issue : issueManager.getIssueObjects(page)) {
            List<String> names = names(issue, source);
            if (names.isEmpty()) {
                continue;
            }
            Instant taggedAt = issue.getCreated() == null ? app.clock().instant() : issue.getCreated().toInstant();
            LabelImport result = app.hashtags().importLabels(issue.getId(), projectId, names, taggedAt);
            imported += result.imported();
            already += result.alreadyTagged();
            invalid += result.invalid();
            blocked += result.blocked();
        }
        return new Page(page.size(), imported, already, invalid, blocked,
                more ? Optional.of(page.get(page.size() - 1)) : Optional.empty());
    }

    private List<Long> nextIds(long projectId, long afterIssueId, int count) {
        Collection<Long> all;
        try {
            all = issueManager.getIssueIdsForProject(projectId);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectId, e);
        }
        return all.stream().filter(Objects::nonNull).filter(id -> id > afterIssueId).sorted().limit(count).toList();
    }

    private static List<String> names(Issue issue, Source source) {
        List<String> names = new ArrayList<>();
        if (source.labels() && issue.getLabels() != null) {
            for (Label label : issue.getLabels()) {
                names.add(label.getLabel());
            }
        }
        if (source.components() && issue.getComponents() != null) {
            for (ProjectComponent component : issue.getComponents()) {
                names.add(component.getName());
            }
        }
        names.removeIf(name -> name == null || name.isBlank());
        return names;
    }
}
