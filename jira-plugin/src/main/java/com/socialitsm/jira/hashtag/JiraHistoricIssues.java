package com.socialitsm.jira.hashtag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.ofbiz.core.entity.GenericEntityException;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import com.socialitsm.host.HistoricIssues;
import com.socialitsm.host.LabeledIssues;

/**
 * Jira's existing issues for "tag existing issues", read by issue id ranges: a page asks
 * {@link IssueManager#getIssueObjects} for the next window of ids (ids Jira no longer has are simply not returned) and
 * {@link CommentManager#getComments} for each issue's comments, so memory holds one page whatever the size of Jira.
 * The highest id to scan up to is found once per node and run, one project's id list at a time (issues created later
 * are tagged by the engine as they come). The edge where Jira's {@code Issue} and {@code Comment} become our
 * {@link HistoricIssue}.
 *
 * <p>Each comment is dated by its own {@code Comment.getCreated()} (its issue's creation when Jira has none), so a
 * comment's tags count on the day it was written and trending gets its baseline from history.
 */
@Named
public final class JiraHistoricIssues implements HistoricIssues {
    /** Ids asked for per round trip, as a multiple of the page size: Jira's ids have gaps where issues were deleted. */
    private static final int WINDOW_FACTOR = 2;

    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final CommentManager commentManager;
    private final Clock clock;
    /** The highest issue id when this node first looked; 0 until then. */
    private final AtomicLong highestId = new AtomicLong();

    @Inject
    public JiraHistoricIssues(IssueManager issueManager, ProjectManager projectManager, CommentManager commentManager,
                              Clock clock) {
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.commentManager = commentManager;
        this.clock = clock;
    }

    @Override
    public long count() {
        long count = 0;
        long highest = 0;
        for (Project project : projectManager.getProjectObjects()) {
            for (Long id : ids(project.getId())) {
                if (id != null) {
                    count++;
                    highest = Math.max(highest, id);
                }
            }
        }
        highestId.set(highest);
        return count;
    }

    @Override
    public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
        if (highestId.get() == 0) {
            count();
        }
        long highest = highestId.get();
        int wanted = Math.max(1, limit);
        List<HistoricIssue> page = new ArrayList<>(wanted);
        long from = afterIssueId + 1;
        while (page.size() < wanted && from <= highest) {
            long to = Math.min(highest, from + (long) wanted * WINDOW_FACTOR - 1);
            List<Issue> found = new ArrayList<>(issueManager.getIssueObjects(
                    LongStream.rangeClosed(from, to).boxed().toList()));
            found.sort(Comparator.comparing(Issue::getId));
            for (Issue issue : found) {
                if (page.size() == wanted) {
                    break;
                }
                page.add(historic(issue, withLabels));
            }
            from = to + 1;
        }
        return page;
    }

    private HistoricIssue historic(Issue issue, boolean withLabels) {
        Instant created = issue.getCreated() == null ? clock.instant() : issue.getCreated().toInstant();
        List<DatedText> comments = new ArrayList<>();
        for (Comment comment : commentManager.getComments(issue)) {
            if (comment.getBody() != null && !comment.getBody().isBlank()) {
                comments.add(new DatedText(comment.getBody(), writtenAt(comment, created)));
            }
        }
        return new HistoricIssue(issue.getId(), issue.getProjectId(), created, issue.getSummary(),
                issue.getDescription(), comments,
                withLabels ? JiraLabeledIssues.names(issue, LabeledIssues.Origin.BOTH) : List.of());
    }

    /** A comment's own date (so its tags count on the day it was written); its issue's creation if Jira has none. */
    static Instant writtenAt(Comment comment, Instant issueCreated) {
        return comment.getCreated() == null ? issueCreated : comment.getCreated().toInstant();
    }

    private List<Long> ids(Long projectId) {
        try {
            return List.copyOf(issueManager.getIssueIdsForProject(projectId).stream()
                    .filter(java.util.Objects::nonNull).toList());
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectId, e);
        }
    }
}
