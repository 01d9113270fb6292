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

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.jira.host.JiraIssueRefs;
import com.socialitsm.web.page.SocialPage;

class PanelsAndPagesTest {
    private static final SocialBoot BOOT = new SocialBoot("/jira/s/1/_/download/resources/x:social-modules/js/main.js",
            "e30=");

    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final SocialAssets assets = mock(SocialAssets.class);
    private final IssuePanelContextProvider panels =
            new IssuePanelContextProvider(new JiraIssueRefs(), authenticationContext, assets);
    private final TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
    private final SocialTexts texts = new SocialTexts();
    private final UserDirectory users = mock(UserDirectory.class);
    private final JiraPageRenderer pages = new JiraPageRenderer(templateRenderer, assets, texts, users);

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
        PageRequest request = new PageRequest(SocialPage.HASHTAG, Optional.of("vpn"), Optional.empty(), Locale.GERMAN, "");

        pages.render(request, out);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(JiraPageRenderer.TEMPLATE), context.capture(), eq(out));
        assertThat(context.getValue()).containsEntry("view", pages.view(request)).containsEntry("boot", BOOT);
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
                texts.bundle(Locale.ENGLISH).text("social.frame.placeholder")));
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
