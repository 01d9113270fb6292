package com.socialitsm.jira.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.host.AccessPolicy;

/**
 * Serves one {@link SocialPage}, named by the servlet module's {@code page} init-param. It decides who may see the
 * page (Jira's own Platform 7 annotation on the subclass is the first gate, this check the second) and leaves the
 * HTML to the {@link SocialPageRenderer}. Subclasses exist only to carry different access annotations.
 */
public abstract class SocialPageServlet extends HttpServlet {
    static final String PAGE_PARAM = "page";
    private static final long serialVersionUID = 1L;

    private final transient SocialPageRenderer renderer;
    private final transient JiraAuthenticationContext authenticationContext;
    private final transient AccessPolicy accessPolicy;
    private SocialPage page;

    protected SocialPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                                AccessPolicy accessPolicy) {
        this.renderer = renderer;
        this.authenticationContext = authenticationContext;
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        try {
            page = SocialPage.fromPath(config.getInitParameter(PAGE_PARAM));
        } catch (IllegalArgumentException e) {
            throw new ServletException("The servlet module needs a valid '" + PAGE_PARAM + "' init-param", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Optional<String> viewer = Optional.ofNullable(user).map(ApplicationUser::getKey);
        if (page.needsLogin() && viewer.isEmpty()) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        if (page.needsAdmin() && !accessPolicy.isAdmin(viewer)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(new PageRequest(page, pathBelowPage(request.getPathInfo()), parameters(request), viewer,
                request.getLocale(), request.getContextPath()), response.getWriter());
    }

    /**
     * The part of the path below this page ({@code /vpn} of {@code /social/hashtags/vpn}). Depending on how the
     * plugin framework wraps the request, the path info may still start with the servlet module's own path.
     */
    String pathBelowPage(String pathInfo) {
        if (pathInfo == null) {
            return "";
        }
        String own = "/social/" + page.path();
        return pathInfo.startsWith(own) ? pathInfo.substring(own.length()) : pathInfo;
    }

    SocialPage page() {
        return page;
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    /** Jira's login page, coming back here afterwards. */
    private static String loginUrl(HttpServletRequest request) {
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/login.jsp?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
