package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.devhost.page.Dates;
import com.socialitsm.devhost.page.HtmlEscapingReferences;
import com.socialitsm.devhost.page.PageRenderer;
import com.socialitsm.devhost.page.PageViews;
import com.socialitsm.devhost.page.StaticAssets;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.IssueEdit;
import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.NewIssue;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.devhost.tracker.Transition;
import com.socialitsm.web.page.FrontEndLimits;
import com.socialitsm.web.page.I18nBundle;
import com.socialitsm.web.page.SocialPage;

/**
 * The devhost's pages, at Jira's paths: the login page, the dashboard ({@code /}), the issue view
 * ({@code /browse/KEY}) with its forms (comment, assign, transitions, create — Jira's {@code /secure/*.jspa} names),
 * generated avatars, the app's own pages ({@code /plugins/servlet/social/...}, see {@link SocialPage}) and
 * {@code /status}. Every page is the devhost's frame ({@code templates/devhost/frame.vm}) around a content template:
 * the tracker's own ({@code templates/devhost/*.vm}) or an app page's from the web module ({@link SocialPage#template()}).
 */
final class PagesHandler extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PagesHandler.class);
    private static final String FRAME = "templates/devhost/frame.vm";
    private static final int DASHBOARD_LIMIT = 50;
    /** The login page's token for posts without {@code Origin} (see {@link #sameSiteLogin}). */
    static final String LOGIN_TOKEN_COOKIE = "SOCIALITSM_LOGIN_TOKEN";

    private final DemoTracker tracker;
    private final LoginSessions sessions;
    private final Authenticating gate;
    private final PageRenderer renderer;
    private final StaticAssets assets;
    private final Answers answers;
    private final RequestUser requestUser;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, I18nBundle> bundles = new ConcurrentHashMap<>();
    private final PageViews.Tools tools = new PageViews.Tools();

    PagesHandler(DemoTracker tracker, LoginSessions sessions, Authenticating gate, PageRenderer renderer,
                 StaticAssets assets, Answers answers, RequestUser requestUser, Clock clock, SecureRandom random) {
        super("pages");
        this.tracker = tracker;
        this.sessions = sessions;
        this.gate = gate;
        this.renderer = renderer;
        this.assets = assets;
        this.answers = answers;
        this.requestUser = requestUser;
        this.clock = clock;
        this.random = random;
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
                login(request, response, user);
            } else if (path.equals("/logout")) {
                logout(request, response);
            } else if (user.isEmpty()) {
                answers.redirect(response, Authenticating.loginPath(path));
            } else if (path.equals("/") || path.equals("/secure/Dashboard.jspa")) {
                dashboard(request, response, user.get());
            } else if (path.startsWith("/browse/") && method == Method.GET) {
                issuePage(request, response, user.get(), path.substring("/browse/".length()));
            } else if (path.equals("/secure/CreateIssue.jspa")) {
                createIssue(request, response, user.get());
            } else if (path.equals("/secure/AddComment.jspa") && method == Method.POST) {
                addComment(request, response, user.get());
            } else if (path.equals("/secure/AssignIssue.jspa") && method == Method.POST) {
                assign(request, response, user.get());
            } else if (path.equals("/secure/WorkflowAction.jspa") && method == Method.POST) {
                transition(request, response, user.get());
            } else if (path.equals("/secure/useravatar") && method == Method.GET) {
                avatar(request, response);
            } else if (path.startsWith(SocialPage.SERVLET_PATH + "/") && method == Method.GET) {
                socialPage(request, response, user.get(), path.substring(SocialPage.SERVLET_PATH.length()));
            } else {
                errorPage(request, response, user, 404, "social.page.notfound.title", "social.page.notfound.text");
            }
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                errorPage(request, response, user, 404, "social.page.notfound.title", "social.page.notfound.text");
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

    // ---------------------------------------------------------------- login

    private void login(Request request, Response response, Optional<TrackerUser> user) throws IOException {
        String destination = safeDestination(request.getParameter("os_destination"));
        if (request.getMethod() == Method.POST) {
            if (!sameSiteLogin(request)) {
                answers.error(response, 403, "cross_site_login", "This login form was not sent from this site: "
                        + "open the login page and log in there.");
                return;
            }
            String userName = request.getParameter("os_username");
            Authenticating.LoginAttempt attempt = gate.logIn(userName, request.getParameter("os_password"),
                    request.getRemoteAddr());
            if (attempt instanceof Authenticating.LoginAttempt.LoggedIn in) {
                String old = Authenticating.sessionCookie(request);
                if (old != null) {
                    sessions.end(old);
                }
                LoginSessions.Started started = sessions.start(in.userName());
                Authenticating.setSessionCookie(response, started.cookieValue());
                answers.seeOther(response, destination);
                return;
            }
            Optional<Long> lockedSeconds = attempt instanceof Authenticating.LoginAttempt.Throttled throttled
                    ? Optional.of(throttled.retryAfterSeconds()) : Optional.empty();
            lockedSeconds.ifPresent(seconds -> response.setHeader("Retry-After", Long.toString(seconds)));
            renderLogin(request, response, destination, Optional.ofNullable(userName), true, lockedSeconds);
            return;
        }
        if (user.isPresent()) {
            answers.redirect(response, destination);
            return;
        }
        renderLogin(request, response, destination, Optional.empty(), false, Optional.empty());
    }

    /**
     * Login CSRF (issue 21, item 12): another site must not log a visitor in as the attacker's account. A browser
     * names the page that sent a form post in {@code Origin} — every current browser on every POST, cross-site ones
     * included ({@code null} from sandboxed frames and privacy modes) — so a post with an {@code Origin} must come
     * from this host. Without one (an old browser, a proxy or extension that strips it, a script) the form's
     * {@code login_token} must equal the {@link #LOGIN_TOKEN_COOKIE} cookie the login page set: a double-submitted
     * token, because there is no session yet to bind a token to, and another site can neither read that cookie nor
     * make the browser send it ({@code SameSite=Strict}). Scripts log in with basic auth, or send {@code Origin}.
     */
    private static boolean sameSiteLogin(Request request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameOrigin(origin, request.getHeader("Host"));
        }
        String cookie = Authenticating.cookie(request, LOGIN_TOKEN_COOKIE);
        String field = request.getParameter("login_token");
        return cookie != null && field != null && !cookie.isEmpty()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Origin: http://127.0.0.1:2990} for {@code Host: 127.0.0.1:2990}; never {@code null} or another host. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host.trim());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void renderLogin(Request request, Response response, String destination, Optional<String> userName,
                             boolean failed, Optional<Long> lockedSeconds) throws IOException {
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = frame(request, Optional.empty(), i18n.text("social.devhost.login.title"),
                "", "templates/devhost/login.vm", "devhost-login-page");
        model.put("destination", destination);
        model.put("userName", userName.orElse(""));
        model.put("failed", failed);
        model.put("lockedMessage", lockedSeconds.map(s -> i18n.text("social.devhost.login.locked", s)).orElse(""));
        String token = Optional.ofNullable(Authenticating.cookie(request, LOGIN_TOKEN_COOKIE))
                .filter(t -> t.matches("[A-Za-z0-9_-]{22}")).orElseGet(this::newLoginToken);
        response.addHeader("Set-Cookie", LOGIN_TOKEN_COOKIE + "=" + token
                + "; Path=/login; Max-Age=3600; HttpOnly; SameSite=Strict");
        model.put("loginToken", token);
        sendPage(response, lockedSeconds.isPresent() ? 429 : failed ? 401 : 200, model);
    }

    private String newLoginToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void logout(Request request, Response response) {
        String cookie = Authenticating.sessionCookie(request);
        Object session = request.getAttribute(Authenticating.SESSION_ATTRIBUTE);
        if (cookie != null && session instanceof LoginSessions.Session s
                && s.xsrfToken().equals(request.getParameter("atl_token"))) {
            sessions.end(cookie);
            Authenticating.clearSessionCookie(response);
            answers.redirect(response, "/login");
            return;
        }
        answers.redirect(response, session == null ? "/login" : "/");
    }

    /** Only a path of this site: never another origin ("//evil", "/\evil", "https://..."). */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.startsWith("/\\") || destination.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return destination;
    }

    // ---------------------------------------------------------------- dashboard

    private void dashboard(Request request, Response response, TrackerUser user) throws IOException {
        I18nBundle i18n = bundle(request);
        IssueFilter filter = IssueFilter.parse(request.getParameter("filter"));
        List<PageViews.FilterTab> tabs = new ArrayList<>();
        for (IssueFilter f : IssueFilter.values()) {
            tabs.add(new PageViews.FilterTab(f.id(), i18n.text("social.devhost.dashboard.filter." + f.id()),
                    "/?filter=" + f.id(), f == filter));
        }
        Map<String, Object> model = frame(request, Optional.of(user), i18n.text("social.devhost.dashboard.title"),
                "dashboard", "templates/devhost/dashboard.vm", "devhost-dashboard-page");
        model.put("tabs", tabs);
        model.put("issues", rows(tracker.search(Optional.of(user.name()), filter, DASHBOARD_LIMIT)));
        sendPage(response, 200, model);
    }

    private List<PageViews.IssueRow> rows(List<TrackerIssue> issues) {
        List<PageViews.IssueRow> rows = new ArrayList<>();
        for (TrackerIssue issue : issues) {
            rows.add(new PageViews.IssueRow(issue, issue.assignee().flatMap(tracker::user).orElse(null),
                    issue.reporter().flatMap(tracker::user).orElse(null)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- issue view and its forms

    private void issuePage(Request request, Response response, TrackerUser user, String key) throws IOException {
        Optional<TrackerIssue> found = tracker.issue(Optional.of(user.name()), key);
        if (found.isEmpty()) {
            errorPage(request, response, Optional.of(user), 404, "social.page.notfound.title",
                    "social.page.notfound.text");
            return;
        }
        TrackerIssue issue = found.get();
        List<PageViews.CommentView> comments = new ArrayList<>();
        for (TrackerComment c : tracker.comments(issue)) {
            comments.add(new PageViews.CommentView(c, tracker.user(c.author()).orElse(null)));
        }
        List<PageViews.ChangeView> history = new ArrayList<>();
        tracker.history(issue).forEach(c -> history.add(new PageViews.ChangeView(c, tracker.user(c.author()).orElse(null))));
        Map<String, Object> model = frame(request, Optional.of(user), "[" + issue.key() + "] " + issue.summary(),
                "dashboard", "templates/devhost/issue.vm", "devhost-issue-page");
        model.put("issue", issue);
        model.put("assignee", issue.assignee().flatMap(tracker::user).orElse(null));
        model.put("reporter", issue.reporter().flatMap(tracker::user).orElse(null));
        model.put("comments", comments);
        model.put("history", history);
        model.put("transitions", Transition.availableFor(issue));
        model.put("assignable", tracker.assignableUsers(issue));
        String error = request.getParameter("error");
        model.put("formError", error != null && error.matches("[a-z]{1,20}") ? "social.devhost.issue.error." + error : null);
        sendPage(response, 200, model);
    }

    private void addComment(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        backToIssue(response, key, "?error=comment#add-comment",
                () -> "#comment-" + tracker.comment(user.name(), key, request.getParameter("comment")).id());
    }

    private void assign(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        String assignee = request.getParameter("assignee");
        backToIssue(response, key, "?error=assign", () -> {
            tracker.edit(user.name(), key, IssueEdit.assign(assignee == null || assignee.isBlank() ? null : assignee));
            return "";
        });
    }

    private void transition(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        backToIssue(response, key, "?error=transition", () -> {
            tracker.transition(user.name(), key, request.getParameter("action"), null, null);
            return "";
        });
    }

    /**
     * Runs a form post of the issue page and sends the browser back to the page (303): after {@code action}, at the
     * anchor it answers; when the tracker refuses, with {@code refused} appended. An issue that is not there stays
     * a TrackerException, which the caller turns into the 404 page.
     */
    private void backToIssue(Response response, String key, String refused, Supplier<String> action) {
        try {
            String anchor = action.get();
            answers.seeOther(response, "/browse/" + tools.encode(key) + anchor);
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                throw e;
            }
            answers.seeOther(response, "/browse/" + tools.encode(key) + refused);
        }
    }

    private void createIssue(Request request, Response response, TrackerUser user) throws IOException {
        Map<String, String> values = new HashMap<>();
        String error = null;
        if (request.getMethod() == Method.POST) {
            for (String field : List.of("pid", "issuetype", "summary", "description")) {
                values.put(field, Optional.ofNullable(request.getParameter(field)).orElse(""));
            }
            try {
                TrackerIssue issue = tracker.create(user.name(), new NewIssue(values.get("pid"), values.get("issuetype"),
                        values.get("summary"), values.get("description"), null));
                answers.seeOther(response, "/browse/" + issue.key());
                return;
            } catch (TrackerException e) {
                error = e.getMessage();
            }
        } else if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
            answers.error(response, 405, "method_not_allowed", "This method is not allowed here.");
            return;
        }
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = frame(request, Optional.of(user), i18n.text("social.devhost.create.title"),
                "create", "templates/devhost/create.vm", "devhost-create-page");
        List<TrackerProject> projects = tracker.browsableProjects(Optional.of(user.name()));
        model.put("projects", projects);
        model.put("issueTypes", DemoTracker.ISSUE_TYPES);
        model.put("values", values);
        model.put("createError", error);
        sendPage(response, error == null ? 200 : 400, model);
    }

    // ---------------------------------------------------------------- avatars

    private void avatar(Request request, Response response) throws IOException {
        Optional<TrackerUser> owner = Optional.ofNullable(request.getParameter("ownerId")).flatMap(tracker::user);
        String initials = owner.map(TrackerUser::initials).orElse("?");
        String colour = owner.map(u -> tools.colour(u.name())).orElse("#6B778C");
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
        if (resolved.isEmpty()) {
            errorPage(request, response, Optional.of(user), 404, "social.page.notfound.title",
                    "social.page.notfound.text");
            return;
        }
        SocialPage page = resolved.get().page();
        if (page.adminOnly() && !user.admin()) {
            errorPage(request, response, Optional.of(user), 403, "social.page.forbidden.title",
                    "social.page.forbidden.text");
            return;
        }
        I18nBundle i18n = bundle(request);
        String argument = resolved.get().argument().orElse("");
        String titleArgument = page == SocialPage.USER_PROFILE
                ? tracker.user(argument).map(TrackerUser::displayName).orElse(argument) : argument;
        Map<String, Object> model = frame(request, Optional.of(user), i18n.text(page.titleKey(), titleArgument),
                page.navigationSection().id(), page.template(), "social-page social-page-" + page.id());
        model.put("page", page);
        model.put("argument", argument);
        sendPage(response, 200, model);
    }

    private void errorPage(Request request, Response response, Optional<TrackerUser> user, int status,
                           String titleKey, String textKey) throws IOException {
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = frame(request, user, i18n.text(titleKey), "", "templates/devhost/error.vm",
                "devhost-error-page");
        model.put("errorTitle", i18n.text(titleKey));
        model.put("errorText", i18n.text(textKey));
        sendPage(response, status, model);
    }

    // ---------------------------------------------------------------- the frame

    private Map<String, Object> frame(Request request, Optional<TrackerUser> user, String title, String navId,
                                      String contentTemplate, String bodyClass) {
        I18nBundle i18n = bundle(request);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("i18nJson", i18n.toScriptJson());
        model.put("limitsJson", FrontEndLimits.toScriptJson());
        model.put("lang", i18n.locale().getLanguage());
        model.put("pageTitle", title);
        model.put("assets", assets);
        model.put("tools", tools);
        model.put("dates", new Dates(clock, i18n, ZoneOffset.UTC));
        model.put("user", user.orElse(null));
        model.put("contentTemplate", contentTemplate);
        model.put("bodyClass", bodyClass);
        model.put("nonce", nonce());
        Object session = request.getAttribute(Authenticating.SESSION_ATTRIBUTE);
        model.put("atlToken", session instanceof LoginSessions.Session s ? s.xsrfToken() : "");
        List<PageViews.NavLink> nav = new ArrayList<>();
        if (user.isPresent()) {
            nav.add(new PageViews.NavLink("dashboard", i18n.text("social.nav.dashboard"), "/", navId.equals("dashboard")));
            for (SocialPage page : SocialPage.navigation(user.get().admin())) {
                nav.add(new PageViews.NavLink(page.id(), i18n.text("social.nav." + page.id()), page.path(),
                        navId.equals(page.id())));
            }
        }
        model.put("nav", nav);
        return model;
    }

    private void sendPage(Response response, int status, Map<String, Object> model) throws IOException {
        String html = renderer.render(FRAME, model);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + model.get("nonce")
                + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        answers.html(response, status, html);
    }

    private String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** English, or German for browsers that ask for it first. */
    private I18nBundle bundle(Request request) {
        Locale requested = request.getLocale();
        String language = requested != null && "de".equals(requested.getLanguage()) ? "de" : "en";
        return bundles.computeIfAbsent(language,
                l -> I18nBundle.load(PagesHandler.class.getClassLoader(), Locale.forLanguageTag(l)));
    }
}
