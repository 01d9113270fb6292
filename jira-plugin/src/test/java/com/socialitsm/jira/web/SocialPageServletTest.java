package com.socialitsm.jira.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.poll.PollService;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.web.page.PageSubjects;
import com.socialitsm.web.page.SocialPage;

class SocialPageServletTest {
    private final SocialPageRenderer renderer = mock(SocialPageRenderer.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final AccessPolicy accessPolicy = mock(AccessPolicy.class);
    private final QuestionService questions = mock(QuestionService.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private final PollService polls = mock(PollService.class);
    private final PageSubjects subjects = new PageSubjects(questions, users, polls);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    @Test
    void anAnonymousVisitorOfTheFeedIsSentToLogInAndBack() throws Exception {
        SocialPageServlet servlet = servlet(new SignedInPageServlet(renderer, authenticationContext, accessPolicy, subjects), "feed");
        at("/plugins/servlet/social/feed");
        when(request.getQueryString()).thenReturn("cursor=5");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsocial%2Ffeed%3Fcursor%3D5");
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void theAdminPageIsForbiddenToNonAdmins() throws Exception {
        SocialPageServlet servlet = adminPageAskedForBy("bob", false);

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void anAdminGetsTheAdminPageInTheirLanguage() throws Exception {
        SocialPageServlet servlet = adminPageAskedForBy("alice", true);
        when(authenticationContext.getLocale()).thenReturn(Locale.GERMAN);

        servlet.doGet(request, response);

        verify(renderer).render(new PageRequest(SocialPage.ADMIN, Optional.empty(), Optional.of("alice"),
                Locale.GERMAN, "/jira"), response.getWriter());
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    void aPublicPageIsRenderedForAnonymousVisitorsWithTheDecodedArgumentOfItsPath() throws Exception {
        SocialPageServlet servlet = servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy, subjects),
                "hashtags hashtag");
        at("/plugins/servlet/social/hashtags/c%2B%2B");

        servlet.doGet(request, response);

        ArgumentCaptor<PageRequest> rendered = ArgumentCaptor.forClass(PageRequest.class);
        verify(renderer).render(rendered.capture(), any());
        assertThat(rendered.getValue().page()).isEqualTo(SocialPage.HASHTAG);
        assertThat(rendered.getValue().argument()).contains("c++");
        assertThat(rendered.getValue().viewer()).isEmpty();
    }

    @Test
    void aPathThatNamesNoneOfTheServletsPagesIsNotFound() throws Exception {
        SocialPageServlet servlet = servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy, subjects),
                "questions question");

        for (String path : new String[] {"/plugins/servlet/social/questions/not-a-number",
                "/plugins/servlet/social/questions/1/2", "/plugins/servlet/social/leaderboard"}) {
            at(path);
            servlet.doGet(request, response);
        }

        verify(response, org.mockito.Mockito.times(3)).sendError(HttpServletResponse.SC_NOT_FOUND);
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void aQuestionOrPersonThatIsNotThereForTheViewerIsNotFound() throws Exception {
        SocialPageServlet servlet = servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy, subjects),
                "question user");
        when(questions.get(Optional.empty(), 404L)).thenReturn(Outcome.refused(
                new Refusal(Problem.NOT_FOUND, "not_found", "There is no such question.", List.of())));
        when(users.byKeyOrName("nobody")).thenReturn(Optional.empty());

        for (String path : new String[] {"/plugins/servlet/social/questions/404", "/plugins/servlet/social/users/nobody"}) {
            at(path);
            servlet.doGet(request, response);
        }

        verify(response, org.mockito.Mockito.times(2)).sendError(HttpServletResponse.SC_NOT_FOUND);
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void thePathBelowTheServletComesFromTheRequestUriWhateverTheContextPath() {
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/plugins/servlet/social/users/JIRAUSER10100");
        assertThat(SocialPageServlet.pathBelowServlet(request)).isEqualTo("/users/JIRAUSER10100");

        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/social/feed");
        assertThat(SocialPageServlet.pathBelowServlet(request)).isEqualTo("/feed");
    }

    @Test
    void aServletModuleMustNameKnownPages() throws Exception {
        assertThat(SocialPageServlet.pagesOf("hashtags, hashtag")).containsExactlyInAnyOrder(SocialPage.HASHTAGS,
                SocialPage.HASHTAG);
        assertThatThrownBy(() -> servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy, subjects), "nope"))
                .isInstanceOf(ServletException.class);
        assertThatThrownBy(() -> SocialPageServlet.pagesOf(null)).isInstanceOf(ServletException.class);
    }

    private SocialPageServlet servlet(SocialPageServlet servlet, String pages) throws Exception {
        ServletConfig config = mock(ServletConfig.class);
        when(config.getInitParameter(SocialPageServlet.PAGES_PARAM)).thenReturn(pages);
        when(config.getServletContext()).thenReturn(mock(ServletContext.class));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.init(config);
        return servlet;
    }

    /** The admin page's servlet with a request for it by {@code user}, an admin or not as the access policy says. */
    private SocialPageServlet adminPageAskedForBy(String user, boolean admin) throws Exception {
        SocialPageServlet servlet = servlet(new AdminPageServlet(renderer, authenticationContext, accessPolicy, subjects), "admin");
        at("/plugins/servlet/social/admin");
        loggedIn(user);
        when(accessPolicy.isAdmin(Optional.of(user))).thenReturn(admin);
        return servlet;
    }

    private void at(String path) {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira" + path);
    }

    private void loggedIn(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
    }
}
