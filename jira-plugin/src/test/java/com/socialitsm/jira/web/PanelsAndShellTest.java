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
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import com.socialitsm.jira.host.JiraIssueRefs;

class PanelsAndShellTest {
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final IssuePanelContextProvider panels = new IssuePanelContextProvider(new JiraIssueRefs(), authenticationContext);
    private final TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
    private final ShellPageRenderer shell = new ShellPageRenderer(templateRenderer);

    @Test
    void thePanelModelDescribesTheIssueAndWhetherTheViewerIsLoggedIn() {
        when(authenticationContext.getLoggedInUser()).thenReturn(mock(ApplicationUser.class));

        Map<String, Object> context = panels.getContextMap(Map.of("issue", issue(), "other", "kept"));

        assertThat(context).containsEntry("other", "kept");
        assertThat(context.get(IssuePanelContextProvider.PANEL))
                .isEqualTo(new IssuePanelModel("SD-7", 70L, "SD", "carol", true));
    }

    @Test
    void withoutAnIssueThereIsNoPanelModel() {
        assertThat(panels.getContextMap(Map.of())).doesNotContainKey(IssuePanelContextProvider.PANEL);
    }

    @Test
    void theShellRendersItsTemplateWithThePage() throws IOException {
        Writer out = new StringWriter();

        shell.render(new PageRequest(SocialPage.LEADERBOARD, "", Map.of(), Optional.empty(), Locale.ROOT, ""), out);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(ShellPageRenderer.TEMPLATE), context.capture(), eq(out));
        assertThat(context.getValue()).containsEntry("page",
                new PageShell("leaderboard", "socialitsm.page.leaderboard.title", ""));
    }

    @Test
    void aRenderingFailureBecomesAnIoFailureOfThePage() throws IOException {
        doThrow(mock(RenderingException.class)).when(templateRenderer).render(any(), anyMap(), any());

        assertThatThrownBy(() -> shell.render(new PageRequest(SocialPage.FEED, "", Map.of(), Optional.of("alice"),
                Locale.ROOT, ""), new StringWriter())).isInstanceOf(IOException.class).hasMessageContaining("feed");
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
