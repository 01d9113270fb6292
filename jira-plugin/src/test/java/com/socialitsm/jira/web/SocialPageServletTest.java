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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.host.AccessPolicy;

class SocialPageServletTest {
    private final SocialPageRenderer renderer = mock(SocialPageRenderer.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final AccessPolicy accessPolicy = mock(AccessPolicy.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    @Test
    void anAnonymousVisitorOfTheFeedIsSentToLogInAndBack() throws Exception {
        SocialPageServlet servlet = servlet(new SignedInPageServlet(renderer, authenticationContext, accessPolicy), "feed");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/social/feed");
        when(request.getQueryString()).thenReturn("cursor=5");

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fsocial%2Ffeed%3Fcursor%3D5");
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void theAdminPageIsForbiddenToNonAdmins() throws Exception {
        SocialPageServlet servlet = servlet(new AdminPageServlet(renderer, authenticationContext, accessPolicy), "admin");
        loggedIn("bob");
        when(accessPolicy.isAdmin(Optional.of("bob"))).thenReturn(false);

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(renderer, never()).render(any(), any());
    }

    @Test
    void anAdminGetsTheAdminPage() throws Exception {
        SocialPageServlet servlet = servlet(new AdminPageServlet(renderer, authenticationContext, accessPolicy), "admin");
        loggedIn("alice");
        when(accessPolicy.isAdmin(Optional.of("alice"))).thenReturn(true);

        servlet.doGet(request, response);

        verify(renderer).render(any(PageRequest.class), any());
        verify(response).setContentType("text/html;charset=UTF-8");
    }

    @Test
    void aPublicPageIsRenderedForAnonymousVisitorsWithThePathBelowThePage() throws Exception {
        SocialPageServlet servlet = servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy), "hashtags");
        when(request.getPathInfo()).thenReturn("/social/hashtags/vpn");
        when(request.getParameterMap()).thenReturn(Map.of("limit", new String[] {"20"}));
        when(request.getLocale()).thenReturn(Locale.GERMAN);
        when(request.getContextPath()).thenReturn("/jira");

        servlet.doGet(request, response);

        ArgumentCaptor<PageRequest> rendered = ArgumentCaptor.forClass(PageRequest.class);
        verify(renderer).render(rendered.capture(), any());
        assertThat(rendered.getValue()).isEqualTo(new PageRequest(SocialPage.HASHTAGS, "/vpn",
                Map.of("limit", java.util.List.of("20")), Optional.empty(), Locale.GERMAN, "/jira"));
    }

    @Test
    void thePathBelowThePageIsTheSameHoweverThePluginFrameworkReportsIt() throws Exception {
        SocialPageServlet servlet = servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy), "hashtags");

        assertThat(servlet.pathBelowPage("/social/hashtags/vpn")).isEqualTo("/vpn");
        assertThat(servlet.pathBelowPage("/vpn")).isEqualTo("/vpn");
        assertThat(servlet.pathBelowPage(null)).isEmpty();
    }

    @Test
    void aServletModuleWithoutAValidPageParameterFailsToStart() {
        assertThatThrownBy(() -> servlet(new PublicPageServlet(renderer, authenticationContext, accessPolicy), "nope"))
                .isInstanceOf(ServletException.class);
    }

    private SocialPageServlet servlet(SocialPageServlet servlet, String page) throws Exception {
        ServletConfig config = mock(ServletConfig.class);
        when(config.getInitParameter(SocialPageServlet.PAGE_PARAM)).thenReturn(page);
        when(config.getServletContext()).thenReturn(mock(ServletContext.class));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.init(config);
        return servlet;
    }

    private void loggedIn(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
    }
}
