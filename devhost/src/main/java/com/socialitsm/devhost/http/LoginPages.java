package com.socialitsm.devhost.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.web.page.I18nBundle;

/**
 * The login page ({@code /login}: the form, and its post that starts a session) and {@code /logout}. The password
 * check and its throttle are the gate's ({@link Authenticating#logIn}); what is here is the page, the session cookie
 * and the defence against login CSRF.
 */
final class LoginPages {
    /** The login page's token for posts without {@code Origin} (see {@link #sameSiteLogin}). */
    static final String LOGIN_TOKEN_COOKIE = "SOCIALITSM_LOGIN_TOKEN";

    private final LoginSessions sessions;
    private final Authenticating gate;
    private final PageFrame frame;
    private final Answers answers;
    private final SecureRandom random;

    LoginPages(LoginSessions sessions, Authenticating gate, PageFrame frame, Answers answers, SecureRandom random) {
        this.sessions = sessions;
        this.gate = gate;
        this.frame = frame;
        this.answers = answers;
        this.random = random;
    }

    void login(Request request, Response response, Optional<TrackerUser> user) throws IOException {
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
        I18nBundle i18n = frame.bundle(request);
        Map<String, Object> model = frame.model(request, Optional.empty(), i18n.text("social.devhost.login.title"),
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
        frame.send(response, lockedSeconds.isPresent() ? 429 : failed ? 401 : 200, model);
    }

    private String newLoginToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void logout(Request request, Response response) {
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
}
