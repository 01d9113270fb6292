package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
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
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.jira.host.JiraIssueRefs;
import com.socialitsm.web.page.SocialPage;

class PanelsAndPagesTest {
    private final IssuePanelContextProvider panels = new IssuePanelContextProvider(new JiraIssueRefs());
    private final TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final SocialTexts texts = new SocialTexts();
    private final UserDirectory users = mock(UserDirectory.class);
    private final JiraPageRenderer pages = new JiraPageRenderer(templateRenderer, pageBuilder, texts, users);

    @Test
    void thePanelsGetTheIssueAndNothingToBootTheWebResourceManagerBringsTheFrontEnd() {
        Map<String, Object> context = panels.getContextMap(Map.of("issue", issue(), "other", "kept"));

        assertThat(context).containsOnlyKeys("issue", "other", IssuePanelContextProvider.PANEL)
                .containsEntry("other", "kept")
                .containsEntry(IssuePanelContextProvider.PANEL, new IssuePanelModel("SD-7", "SD"));
    }

    @Test
    void withoutAnIssueThereIsNoPanelModel() {
        assertThat(panels.getContextMap(Map.of())).doesNotContainKeys(IssuePanelContextProvider.PANEL);
    }

    @Test
    void aPageRequiresThePagesContextAndRendersItsTemplateWithItsViewOnly() throws IOException {
        Writer out = new StringWriter();
        PageRequest request = new PageRequest(SocialPage.HASHTAG, Optional.of("vpn"), Optional.empty(), Locale.GERMAN, "");

        pages.render(request, out);

        verify(pageBuilder.assembler().resources()).requireContext(SocialAssets.PAGES_CONTEXT);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(JiraPageRenderer.TEMPLATE), context.capture(), eq(out));
        assertThat(context.getValue()).containsOnlyKeys("view").containsEntry("view", pages.view(request));
        assertThat(pages.view(request).admin()).isFalse();
    }

    @Test
    void theAdminPageRequiresTheAdminContextAndIsAnAdminView() throws IOException {
        PageRequest request = new PageRequest(SocialPage.ADMIN, Optional.empty(), Optional.of("admin"), Locale.ROOT, "");

        pages.render(request, new StringWriter());

        verify(pageBuilder.assembler().resources()).requireContext(SocialAssets.ADMIN_CONTEXT);
        assertThat(pages.view(request).admin()).isTrue();
    }

    @Test
    void aPageViewTakesOnlyADataAttributeNameForItsArgument() {
        assertThatThrownBy(() -> new PageView("t", "", "hashtag-page", "onmouseover", "x", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageView("t", "", "hashtag-page", "data-tag x=\"y\"", "x", "", false))
                .isInstanceOf(IllegalArgumentException.class);
        for (SocialPage page : SocialPage.values()) {
            new PageView("t", "", page.panel(), page.argumentAttribute(), "x", "", page.adminOnly());
        }
    }

    @Test
    void aPagesViewHasItsTitleAndIntroInTheViewersLanguageAndItsPanel() {
        PageView feed = pages.view(new PageRequest(SocialPage.FEED, Optional.empty(), Optional.of("alice"),
                Locale.GERMAN, ""));
        PageView tag = pages.view(new PageRequest(SocialPage.HASHTAG, Optional.of("vpn"), Optional.empty(),
                Locale.ENGLISH, ""));

        assertThat(feed.title()).isEqualTo(texts.bundle(Locale.GERMAN).text("social.page.feed.title"))
                .isNotEqualTo(texts.bundle(Locale.ENGLISH).text("social.page.feed.title"));
        assertThat(feed.hasIntro()).isTrue();
        assertThat(feed.headingVisible()).isTrue();
        assertThat(feed.panel()).isEqualTo("feed");
        assertThat(feed.hasArgument()).isFalse();
        assertThat(tag).isEqualTo(new PageView("#vpn", "", "hashtag-page", "data-tag", "vpn",
                texts.bundle(Locale.ENGLISH).text("social.frame.placeholder"), false));
        assertThat(tag.headingVisible()).isFalse();
    }

    @Test
    void aProfileIsTitledByThePersonsNameOrTheKeyOfSomeoneUnknown() {
        when(users.byKeyOrName("JIRAUSER10100")).thenReturn(Optional.of(new UserRef("JIRAUSER10100", "Alice Smith",
                "", true)));

        assertThat(pages.view(new PageRequest(SocialPage.USER_PROFILE, Optional.of("JIRAUSER10100"), Optional.empty(),
                Locale.ENGLISH, "")).title()).isEqualTo("Alice Smith");
        assertThat(pages.view(new PageRequest(SocialPage.USER_PROFILE, Optional.of("ghost"), Optional.empty(),
                Locale.ENGLISH, "")).title()).isEqualTo("ghost");
    }

    @Test
    void aRenderingFailureBecomesAnIoFailureOfThePage() throws IOException {
        doThrow(mock(RenderingException.class)).when(templateRenderer).render(any(), anyMap(), any());

        assertThatThrownBy(() -> pages.render(new PageRequest(SocialPage.FEED, Optional.empty(), Optional.of("alice"),
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
