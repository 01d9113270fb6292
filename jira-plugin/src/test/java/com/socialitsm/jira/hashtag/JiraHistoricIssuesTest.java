package com.socialitsm.jira.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import com.socialitsm.host.HistoricIssues.DatedText;
import com.socialitsm.host.HistoricIssues.HistoricIssue;

/** Jira's existing issues as the backfill reads them: id windows across every project, gaps skipped, comments. */
class JiraHistoricIssuesTest {
    private static final Instant CREATED = Instant.parse("2023-03-01T09:00:00Z");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final CommentManager commentManager = mock(CommentManager.class);
    private final JiraHistoricIssues history = new JiraHistoricIssues(issueManager, projectManager, commentManager,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final Map<Long, Issue> issues = new TreeMap<>();
    private final Map<Long, List<Long>> projectIssues = new TreeMap<>();
    private final List<Collection<Long>> asked = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Project sd = project(100);
        Project sec = project(200);
        when(projectManager.getProjectObjects()).thenReturn(List.of(sec, sd));
        when(issueManager.getIssueIdsForProject(any())).thenAnswer(invocation ->
                projectIssues.getOrDefault((Long) invocation.getArgument(0), List.of()));
        when(issueManager.getIssueObjects(any())).thenAnswer(invocation -> {
            Collection<Long> ids = invocation.getArgument(0);
            asked.add(ids);
            return ids.stream().filter(issues::containsKey).map(issues::get).toList();
        });
    }

    @Test
    void pagesGoAcrossProjectsInIdOrderSkippingDeletedIdsWithCommentsAndLabels() {
        issue(10, 100, "VPN #vpn", "desc", List.of("first #outage", " "), Set.of("network"));
        issue(11, 200, "Phish", null, List.of(), Set.of());
        // 12..20 deleted
        issue(21, 100, "Printer", "#printer", List.of(), Set.of());

        assertThat(history.count()).isEqualTo(3);
        List<HistoricIssue> first = history.page(0, 2, true);
        assertThat(first).extracting(HistoricIssue::issueId).containsExactly(10L, 11L);
        assertThat(first.get(0)).isEqualTo(new HistoricIssue(10, 100, CREATED, "VPN #vpn", "desc",
                List.of(new DatedText("first #outage", CREATED.plus(Duration.ofDays(1)))), List.of("network")));
        assertThat(first.get(1).description()).isEmpty();

        List<HistoricIssue> second = history.page(11, 2, false);
        assertThat(second).extracting(HistoricIssue::issueId).containsExactly(21L);
        assertThat(second.get(0).labels()).isEmpty();
        assertThat(history.page(21, 2, false)).isEmpty();
        assertThat(asked).allSatisfy(ids -> assertThat(ids.size()).isLessThanOrEqualTo(4));
    }

    @Test
    void aCommentIsDatedByItsOwnCreationOrItsIssuesWhenJiraHasNone() {
        Comment undated = mock(Comment.class);
        Comment dated = mock(Comment.class);
        Instant written = CREATED.plus(Duration.ofDays(40));
        when(dated.getCreated()).thenReturn(Date.from(written));

        assertThat(JiraHistoricIssues.writtenAt(dated, CREATED)).isEqualTo(written);
        assertThat(JiraHistoricIssues.writtenAt(undated, CREATED)).isEqualTo(CREATED);
    }

    private Project project(long id) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        return project;
    }

    private void issue(long id, long projectId, String summary, String description, List<String> comments,
                       Set<String> labels) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getProjectId()).thenReturn(projectId);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getDescription()).thenReturn(description);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        Set<Label> jiraLabels = new LinkedHashSet<>();
        for (String name : labels) {
            Label label = mock(Label.class);
            when(label.getLabel()).thenReturn(name);
            jiraLabels.add(label);
        }
        when(issue.getLabels()).thenReturn(jiraLabels);
        List<Comment> jiraComments = new ArrayList<>();
        for (String body : comments) {
            Comment comment = mock(Comment.class);
            when(comment.getBody()).thenReturn(body);
            // Each comment written a day after the one before.
            when(comment.getCreated()).thenReturn(Date.from(CREATED.plus(Duration.ofDays(jiraComments.size() + 1))));
            jiraComments.add(comment);
        }
        when(commentManager.getComments(issue)).thenReturn(jiraComments);
        issues.put(id, issue);
        projectIssues.computeIfAbsent(projectId, p -> new ArrayList<>()).add(id);
    }
}
