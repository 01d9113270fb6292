package com.socialitsm.jira.hashtag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.Label;

import com.socialitsm.engine.SocialApp;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.LabelImport;

class LabelImporterTest {
    private static final long PROJECT = 100;
    private static final Instant CREATED = Instant.parse("2023-03-01T09:00:00Z");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final SocialApp app = mock(SocialApp.class);
    private final HashtagService hashtags = mock(HashtagService.class);
    private final LabelImporter importer = new LabelImporter(app, issueManager);
    private final List<Issue> issues = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        when(app.hashtags()).thenReturn(hashtags);
        when(hashtags.importLabels(anyLong(), anyLong(), anyList(), any())).thenReturn(new LabelImport(1, 0, 0, 0));
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
    void eachIssuesLabelsBecomeItsHashtagsTaggedWhenTheIssueWasCreated() {
        issue(10, List.of("vpn", "Remote-Access"), List.of("Network"));
        issue(11, List.of(), List.of());

        LabelImporter.Page page = importer.importPage(PROJECT, LabelImporter.Source.LABELS, 0, 50);

        verify(hashtags).importLabels(10L, PROJECT, List.of("vpn", "Remote-Access"), CREATED);
        verify(hashtags, never()).importLabels(eq(11L), anyLong(), anyList(), any());
        assertThat(page).isEqualTo(new LabelImporter.Page(2, 1, 0, 0, 0, Optional.empty()));
    }

    @Test
    void componentsAloneOrWithLabels() {
        issue(10, List.of("vpn"), List.of("Network"));

        importer.importPage(PROJECT, LabelImporter.Source.COMPONENTS, 0, 50);
        importer.importPage(PROJECT, LabelImporter.Source.BOTH, 0, 50);

        verify(hashtags).importLabels(10L, PROJECT, List.of("Network"), CREATED);
        verify(hashtags).importLabels(10L, PROJECT, List.of("vpn", "Network"), CREATED);
    }

    @Test
    void pagesGoInIssueIdOrderAndResumeAfterTheLastIssueOfThePreviousPage() {
        for (long id = 10; id < 15; id++) {
            issue(id, List.of("tag" + id), List.of());
        }

        LabelImporter.Page first = importer.importPage(PROJECT, LabelImporter.Source.LABELS, 0, 2);
        LabelImporter.Page second = importer.importPage(PROJECT, LabelImporter.Source.LABELS, first.nextAfter().orElseThrow(), 2);
        LabelImporter.Page last = importer.importPage(PROJECT, LabelImporter.Source.LABELS, second.nextAfter().orElseThrow(), 2);

        assertThat(first.nextAfter()).contains(11L);
        assertThat(second.nextAfter()).contains(13L);
        assertThat(last.issues()).isEqualTo(1);
        assertThat(last.nextAfter()).isEmpty();
        verify(hashtags).importLabels(14L, PROJECT, List.of("tag14"), CREATED);
    }

    @Test
    void theSumsOfAPageAreThoseOfItsIssues() {
        issue(10, List.of("a", "b", "not a tag"), List.of());
        issue(11, List.of("a"), List.of());
        when(hashtags.importLabels(eq(10L), anyLong(), anyList(), any())).thenReturn(new LabelImport(2, 0, 1, 0));
        when(hashtags.importLabels(eq(11L), anyLong(), anyList(), any())).thenReturn(new LabelImport(0, 1, 0, 1));

        assertThat(importer.importPage(PROJECT, LabelImporter.Source.LABELS, 0, 50))
                .isEqualTo(new LabelImporter.Page(2, 2, 1, 1, 1, Optional.empty()));
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
