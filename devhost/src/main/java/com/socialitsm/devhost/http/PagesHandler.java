package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.devhost.page.HtmlEscapingReferences;
import com.socialitsm.devhost.page.PageRenderer;
import com.socialitsm.devhost.page.StaticAssets;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.PortalCustomers;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.web.page.I18nBundle;
import com.socialitsm.web.page.PageSubjects;
import com.socialitsm.web.page.SocialPage;

/**
 * The devhost's pages, at Jira's paths: the login page ({@link LoginPages}), the dashboard ({@code /}), the issue view
 * ({@code /browse/KEY}) with its forms (comment, assign, transitions, create — Jira's {@code /secure/*.jspa} names;
 * {@link IssuePages}), generated avatars, the app's own pages ({@code /plugins/servlet/social/...}, see
 * {@link SocialPage}) and {@code /status}. This class routes, and serves what is small. Every page is the devhost's
 * frame ({@link PageFrame}) around a content template: the tracker's own ({@code templates/devhost/*.vm}) or an app
 * page's from the web module ({@link SocialPage#template()}). JSM's customer portal pages are {@link PortalPages}.
 */
final class PagesHandler extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PagesHandler.class);

    private final DemoTracker tracker;
    private final StaticAssets assets;
    private final Answers answers;
    private final RequestUser requestUser;
    private final PageFrame frame;
    private final LoginPages loginPages;
    private final IssuePages issuePages;
    private final PageSubjects subjects;
    private final PortalPages portalPages;

    PagesHandler(DemoTracker tracker, LoginSessions sessions, Authenticating gate, PageRenderer renderer,
                 StaticAssets assets, Answers answers, RequestUser requestUser, Clock clock, SecureRandom random,
                 PageSubjects subjects, CustomerPortals portals) {
        super("pages");
        this.tracker = tracker;
        this.subjects = subjects;
        this.assets = assets;
        this.answers = answers;
        this.requestUser = requestUser;
        this.frame = new PageFrame(renderer, assets, answers, clock, random);
        this.loginPages = new LoginPages(sessions, gate, frame, answers, random);
        this.issuePages = new IssuePages(tracker, frame, answers);
        this.portalPages = new PortalPages(tracker, new PortalAccess(tracker, portals), frame, answers);
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        String path = request.getDecodedRequestURI();
        // HEAD is answered as GET; Grizzly leaves the body out.
        Method method = request.getMethod() == Method.HEAD ? Method.GET : request.getMethod();
        Optional<TrackerUser> user = requestUser.userKey().flatMap(tracker::user);
        try {
            if (path.equals("/status")) {
                status(response);
            } else if (path.equals("/favicon.ico")) {
                answers.redirect(response, assets.url("devhost/favicon.svg"));
            } else if (path.equals("/login")) {
                loginPages.login(request, response, user);
            } else if (path.equals("/logout")) {
                loginPages.logout(request, response);
            } else if (user.isEmpty()) {
                answers.redirect(response, Authenticating.loginPath(path));
            } else if ((path.equals("/") || path.equals("/secure/Dashboard.jspa"))
                    && PortalCustomers.isCustomer(user.get().name())) {
                // As in JSM: a portal-only customer has no dashboard; their start page is the portals' list.
                answers.redirect(response, PortalPages.PORTALS_PATH);
            } else if (path.equals("/") || path.equals("/secure/Dashboard.jspa")) {
                issuePages.dashboard(request, response, user.get());
            } else if (path.startsWith("/browse/") && method == Method.GET) {
                issuePages.issuePage(request, response, user.get(), path.substring("/browse/".length()));
            } else if (path.equals("/secure/CreateIssue.jspa")) {
                issuePages.createIssue(request, response, user.get());
            } else if (path.equals("/secure/AddComment.jspa") && method == Method.POST) {
                issuePages.addComment(request, response, user.get());
            } else if (path.equals("/secure/AssignIssue.jspa") && method == Method.POST) {
                issuePages.assign(request, response, user.get());
            } else if (path.equals("/secure/WorkflowAction.jspa") && method == Method.POST) {
                issuePages.transition(request, response, user.get());
            } else if (path.equals("/secure/useravatar") && method == Method.GET) {
                avatar(request, response);
            } else if (path.equals(PortalPages.PORTALS_PATH) && method == Method.GET) {
                portalPages.portals(request, response, user.get());
            } else if (path.startsWith(PortalPages.PORTAL_PATH)) {
                portalPages.below(request, response, user.get(), method, path.substring(PortalPages.PORTAL_PATH.length()));
            } else if (path.startsWith(SocialPage.SERVLET_PATH + "/") && method == Method.GET) {
                socialPage(request, response, user.get(), path.substring(SocialPage.SERVLET_PATH.length()));
            } else {
                frame.notFound(request, response, user);
            }
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                frame.notFound(request, response, user);
            } else {
                answers.error(response, 400, "bad_request", e.getMessage(), e.fieldErrors());
            }
        }
    }

    // ---------------------------------------------------------------- health

    private void status(Response response) throws IOException {
        try {
            tracker.isEmpty();
            answers.json(response, 200, Map.of("status", "ok"));
        } catch (RuntimeException e) {
            LOG.warn("Health check failed: the database does not answer", e);
            answers.json(response, 503, Map.of("status", "unavailable"));
        }
    }

    // ---------------------------------------------------------------- avatars

    private void avatar(Request request, Response response) throws IOException {
        Optional<TrackerUser> owner = Optional.ofNullable(request.getParameter("ownerId")).flatMap(tracker::user);
        String initials = owner.map(TrackerUser::initials).orElse("?");
        String colour = owner.map(u -> frame.tools().colour(u.name())).orElse("#6B778C");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"24\" y=\"24\" dy=\".35em\" text-anchor=\"middle\" fill=\"#fff\" "
                + "font-family=\"-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif\" "
                + "font-size=\"19\" font-weight=\"600\">" + HtmlEscapingReferences.escape(initials) + "</text></svg>";
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------- the app's pages

    private void socialPage(Request request, Response response, TrackerUser user, String below) throws IOException {
        Optional<SocialPage.Request> resolved = SocialPage.resolve(below);
        if (resolved.isEmpty() || !subjects.exists(resolved.get(), Optional.of(user.name()))) {
            frame.notFound(request, response, Optional.of(user));
            return;
        }
        SocialPage page = resolved.get().page();
        if (page.adminOnly() && !user.admin()) {
            frame.errorPage(request, response, Optional.of(user), 403, "social.page.forbidden.title",
                    "social.page.forbidden.text");
            return;
        }
        I18nBundle i18n = frame.bundle(request);
        String argument = resolved.get().argument().orElse("");
        String titleArgument = page == SocialPage.USER_PROFILE
                ? tracker.user(argument).map(TrackerUser::displayName).orElse(argument) : argument;
        Map<String, Object> model = frame.model(request, Optional.of(user), i18n.text(page.titleKey(), titleArgument),
                page.navigationSection().id(), page.template(), "social-page social-page-" + page.id());
        model.put("page", page);
        model.put("argument", argument);
        frame.send(response, 200, model);
    }
}
