package com.socialitsm.jira.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;

import com.socialitsm.host.LabeledIssues.LabeledIssue;
import com.socialitsm.host.LabeledIssues.Origin;

/** Jira's labels and components as the core import reads them: pages in issue id order, names, creation times. */
class JiraLabeledIssuesTest {
    private static final long PROJECT = 100;
    private static final Instant CREATED = Instant.parse("2023-03-01T09:00:00Z");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraLabeledIssues labels = new JiraLabeledIssues(issueManager,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final List<Issue> issues = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        // Jira lists a project's issue ids in no particular order: newest first here.
        when(issueManager.getIssueIdsForProject(PROJECT)).thenAnswer(invocation -> {
            List<Long> ids = new ArrayList<>(issues.stream().map(Issue::getId).toList());
            java.util.Collections.reverse(ids);
            return ids;
        });
        when(issueManager.getIssueObjects(any())).thenAnswer(invocation -> {
            Collection<Long> ids = invocation.getArgument(0);
            return issues.stream().filter(issue -> ids.contains(issue.getId())).toList();
        });
    }

    @Test
    void eachIssueComesWithItsLabelsAndWhenItWasCreated() {
        issue(10, List.of("vpn", "Remote-Access", " "), List.of("Network"));
        issue(11, List.of(), List.of());

        assertThat(labels.count(PROJECT)).isEqualTo(2);
        assertThat(labels.page(PROJECT, Origin.LABELS, 0, 50)).containsExactly(
                new LabeledIssue(10, CREATED, List.of("vpn", "Remote-Access")),
                new LabeledIssue(11, CREATED, List.of()));
    }

    @Test
    void componentsAloneOrWithLabels() {
        issue(10, List.of("vpn"), List.of("Network"));

        assertThat(labels.page(PROJECT, Origin.COMPONENTS, 0, 50).get(0).labels()).containsExactly("Network");
        assertThat(labels.page(PROJECT, Origin.BOTH, 0, 50).get(0).labels()).containsExactly("vpn", "Network");
    }

    @Test
    void pagesGoInIssueIdOrderAndResumeAfterAnyIssue() {
        for (long id = 10; id < 15; id++) {
            issue(id, List.of("tag" + id), List.of());
        }

        assertThat(labels.page(PROJECT, Origin.LABELS, 0, 2)).extracting(LabeledIssue::issueId).containsExactly(10L, 11L);
        assertThat(labels.page(PROJECT, Origin.LABELS, 11, 2)).extracting(LabeledIssue::issueId).containsExactly(12L, 13L);
        assertThat(labels.page(PROJECT, Origin.LABELS, 13, 2)).extracting(LabeledIssue::issueId).containsExactly(14L);
        assertThat(labels.page(PROJECT, Origin.LABELS, 14, 2)).isEmpty();
    }

    private void issue(long id, List<String> labels, List<String> components) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        Set<Label> labelSet = new LinkedHashSet<>();
        for (String text : labels) {
            Label label = mock(Label.class);
            when(label.getLabel()).thenReturn(text);
            labelSet.add(label);
        }
        when(issue.getLabels()).thenReturn(labelSet);
        List<ProjectComponent> componentList = new ArrayList<>();
        for (String name : components) {
            ProjectComponent component = mock(ProjectComponent.class);
            when(component.getName()).thenReturn(name);
            componentList.add(component);
        }
        when(issue.getComponents()).thenReturn(componentList);
        issues.add(issue);
    }
}
