package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import com.socialitsm.jira.host.JiraIssueRefs;

class PanelsAndPagesTest {
    private static final SocialBoot BOOT = new SocialBoot("/jira/s/1/_/download/resources/x:social-modules/js/main.js",
            "e30=");

    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final SocialAssets assets = mock(SocialAssets.class);
    private final IssuePanelContextProvider panels =
            new IssuePanelContextProvider(new JiraIssueRefs(), authenticationContext, assets);
    private final TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
    private final JiraPageRenderer pages = new JiraPageRenderer(templateRenderer, assets);

    @Test
    void thePanelsGetTheIssueAndTheBootDataInTheViewersLanguage() {
        when(authenticationContext.getLocale()).thenReturn(Locale.GERMAN);
        when(assets.boot(Locale.GERMAN)).thenReturn(BOOT);

        Map<String, Object> context = panels.getContextMap(Map.of("issue", issue(), "other", "kept"));

        assertThat(context).containsEntry("other", "kept")
                .containsEntry(IssuePanelContextProvider.PANEL, new IssuePanelModel("SD-7", "SD"))
                .containsEntry(IssuePanelContextProvider.BOOT, BOOT);
    }

    @Test
    void withoutAnIssueThereIsNoPanelModel() {
        assertThat(panels.getContextMap(Map.of())).doesNotContainKeys(IssuePanelContextProvider.PANEL,
                IssuePanelContextProvider.BOOT);
    }

    @Test
    void aPageRendersItsTemplateWithItsViewAndTheBootDataOfItsLocale() throws IOException {
        when(assets.boot(Locale.GERMAN)).thenReturn(BOOT);
        Writer out = new StringWriter();
        PageView view = SocialPage.HASHTAGS.view("/vpn").orElseThrow();

        pages.render(new PageRequest(SocialPage.HASHTAGS, view, Optional.empty(), Locale.GERMAN, ""), out);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(JiraPageRenderer.TEMPLATE), context.capture(), eq(out));
        assertThat(context.getValue()).containsEntry("view", view).containsEntry("boot", BOOT);
    }

    @Test
    void aRenderingFailureBecomesAnIoFailureOfThePage() throws IOException {
        doThrow(mock(RenderingException.class)).when(templateRenderer).render(any(), anyMap(), any());

        assertThatThrownBy(() -> pages.render(new PageRequest(SocialPage.FEED, SocialPage.FEED.view("").orElseThrow(),
                Optional.of("alice"), Locale.ROOT, ""), new StringWriter()))
                .isInstanceOf(IOException.class).hasMessageContaining("feed");
    }

    private static Issue issue() {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(100L);
        when(project.getKey()).thenReturn("SD");
        when(issue.getId()).thenReturn(70L);
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getAssigneeId()).thenReturn("carol");
        return issue;
    }
}
