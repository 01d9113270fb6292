package com.socialitsm.jira.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.web.page.PageSubjects;
import com.socialitsm.web.page.SocialPage;

/**
 * Serves the app's pages ({@link SocialPage}, the web module's list) that its servlet module names in the
 * {@code pages} init-param ({@code "hashtags hashtag"}), at {@code /plugins/servlet/social/...}. It finds the page
 * and its argument from the request path as the devhost does ({@link SocialPage#resolve}), decides who may see it
 * (Jira's own Platform 7 annotation on the subclass is the first gate, {@link #access()} the second), answers 404
 * for a path that names none of its pages or a question or person that is not there for the viewer
 * ({@link PageSubjects}), and leaves the HTML to the {@link SocialPageRenderer}. Subclasses exist to carry different
 * access annotations.
 */
public abstract class SocialPageServlet extends HttpServlet {
    static final String PAGES_PARAM = "pages";
    private static final long serialVersionUID = 1L;

    /** Who may see the pages of a servlet. */
    public enum Access {
        ANYONE, SIGNED_IN, ADMIN
    }

    private final transient SocialPageRenderer renderer;
    private final transient JiraAuthenticationContext authenticationContext;
    private final transient AccessPolicy accessPolicy;
    private final transient PageSubjects subjects;
    private Set<SocialPage> pages = EnumSet.noneOf(SocialPage.class);

    protected SocialPageServlet(SocialPageRenderer renderer, JiraAuthenticationContext authenticationContext,
                                AccessPolicy accessPolicy, PageSubjects subjects) {
        this.renderer = renderer;
        this.subjects = subjects;
        this.authenticationContext = authenticationContext;
        this.accessPolicy = accessPolicy;
    }

    /** Who may see this servlet's pages; matches the subclass's access annotation. */
    public abstract Access access();

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        pages = pagesOf(config.getInitParameter(PAGES_PARAM));
    }

    /** The pages an init-param names, by id; fails for an unknown id or none. */
    static Set<SocialPage> pagesOf(String param) throws ServletException {
        Set<SocialPage> named = EnumSet.noneOf(SocialPage.class);
        for (String id : (param == null ? "" : param.trim()).split("[\\s,]+")) {
            SocialPage page = Arrays.stream(SocialPage.values()).filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ServletException("The servlet module's '" + PAGES_PARAM
                            + "' init-param names no page '" + id + "'"));
            named.add(page);
        }
        return named;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Optional<String> viewer = Optional.ofNullable(user).map(ApplicationUser::getKey);
        if (access() != Access.ANYONE && viewer.isEmpty()) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        Optional<SocialPage.Request> page = SocialPage.resolve(pathBelowServlet(request))
                .filter(found -> pages.contains(found.page()))
                .filter(found -> subjects.exists(found, viewer));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ((access() == Access.ADMIN || page.get().page().adminOnly()) && !accessPolicy.isAdmin(viewer)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(new PageRequest(page.get().page(), page.get().argument(), viewer,
                authenticationContext.getLocale(), request.getContextPath()), response.getWriter());
    }

    /**
     * The path below {@value SocialPage#SERVLET_PATH}, still URL-encoded ({@link SocialPage#resolve} decodes the
     * argument): {@code /hashtags/vpn}. Taken from the request URI, which is the same however the plugin framework
     * splits servlet path and path info.
     */
    static String pathBelowServlet(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.startsWith(SocialPage.SERVLET_PATH) ? path.substring(SocialPage.SERVLET_PATH.length()) : "";
    }

    Set<SocialPage> pages() {
        return pages;
    }

    /** Jira's login page, coming back here afterwards. */
    private static String loginUrl(HttpServletRequest request) {
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/login.jsp?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
