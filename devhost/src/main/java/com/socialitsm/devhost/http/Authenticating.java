package com.socialitsm.devhost.http;

import java.io.CharConversionException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.devhost.page.StaticAssets;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.LoginSessions;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.store.DatabaseOutages;
import com.socialitsm.web.rest.ApiExceptionMapper;

/**
 * The gate every request passes, wrapped around each of the devhost's handlers (Jersey's included):
 * <ol>
 * <li>the caller is identified by HTTP basic auth (password = user name) or by the login session cookie; wrong
 * passwords count towards a temporary lock of the name and the address ({@link LoginThrottle}: 429 meanwhile);</li>
 * <li>anonymous requests get 401 JSON under {@code /rest/}, a redirect to {@code /login} elsewhere, except for the
 * public paths (login page, static files, {@code /status}, the listening post's {@code /rest/social/1.0/listen/});</li>
 * <li>Jira's XSRF rule: a state-changing request authenticated by the session cookie must carry
 * {@code X-Atlassian-Token: no-check}, or be JSON (REST), or carry the session's {@code atl_token} (page forms) —
 * else 403 JSON. Scripts with basic auth need nothing more;</li>
 * <li>the user is made the {@link RequestUser} while the wrapped handler serves the request;</li>
 * <li>whatever fails on the way is answered with a JSON error (400, 503 or 500), never Grizzly's empty 500.</li>
 * </ol>
 */
public final class Authenticating {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticating.class);
    public static final String SESSION_COOKIE = "SOCIALITSM_SESSION";
    static final String LISTENING_POST_PREFIX = "/rest/social/1.0/listen/";
    /** Request attribute holding the {@link LoginSessions.Session} of a cookie-authenticated request. */
    public static final String SESSION_ATTRIBUTE = "devhost.session";

    private final DemoTracker tracker;
    private final LoginSessions sessions;
    private final RequestUser requestUser;
    private final Answers answers;
    private final LoginThrottle throttle;

    public Authenticating(DemoTracker tracker, LoginSessions sessions, RequestUser requestUser, Answers answers,
                          Clock clock) {
        this.throttle = new LoginThrottle(clock);
        this.tracker = tracker;
        this.sessions = sessions;
        this.requestUser = requestUser;
        this.answers = answers;
    }

    /** The handler behind the gate; its lifecycle (start, destroy) is passed through. */
    public HttpHandler wrap(HttpHandler delegate) {
        return DelegatingHandler.around(delegate, (wrapped, request, response) -> {
            try {
                serve(wrapped, request, response);
            } catch (Exception e) {
                answerFailure(request, response, e);
            }
        });
    }

    /**
     * What a failure that escaped a handler becomes, instead of Grizzly's empty 500: a request path that cannot be
     * decoded (a NUL, broken percent-encoding) is the client's 400; an unreachable database (restarting, failing
     * over) a 503 with {@code Retry-After} as the REST API answers it; anything else a logged 500, all with the JSON
     * error body.
     */
    private void answerFailure(Request request, Response response, Exception failure) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("Failure after the answer was sent for {} {}", request.getMethod(), request.getRequestURI(),
                    failure);
            return;
        }
        response.reset();
        if (failure instanceof CharConversionException) {
            answers.error(response, 400, "bad_request", "The request path is not valid.");
        } else if (DatabaseOutages.isOutage(failure)) {
            LOG.warn("The database is unreachable; answered 503 to {} {}: {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            response.setHeader("Retry-After", Integer.toString(ApiExceptionMapper.RETRY_AFTER_SECONDS));
            answers.error(response, 503, ApiExceptionMapper.UNAVAILABLE_CODE, ApiExceptionMapper.UNAVAILABLE_MESSAGE);
        } else {
            LOG.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), failure);
            answers.error(response, 500, "internal_error", "Something went wrong on our side; it has been logged.");
        }
    }

    private record Identity(Optional<String> user, Optional<LoginSessions.Session> session) {
        static final Identity ANONYMOUS = new Identity(Optional.empty(), Optional.empty());
    }

    private void serve(HttpHandler delegate, Request request, Response response) throws Exception {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getDecodedRequestURI();
        boolean rest = path.startsWith("/rest/");
        boolean publicPath = isPublic(path);
        boolean safeMethod = isSafe(request.getMethod());

        Identification identification = identify(request);
        if (identification instanceof LoginAttempt.Throttled throttled) {
            // Jira answers basic auth after too many failures with 403 and X-Seraph-LoginReason; 429 with
            // Retry-After says more plainly what to do.
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            answers.error(response, 429, "too_many_failed_logins", throttled.message());
            return;
        }
        if (!(identification instanceof Identified identified)) {
            answers.error(response, 401, "not_logged_in", "The user name or password is incorrect.");
            return;
        }
        Identity identity = identified.identity();
        if (identity.user().isEmpty() && !publicPath) {
            if (rest) {
                answers.error(response, 401, "not_logged_in", "You need to log in to do this.");
            } else {
                String destination = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                answers.redirect(response, loginPath(destination));
            }
            return;
        }
        if (!safeMethod && identity.session().isPresent() && !publicPath
                && !passesXsrfCheck(request, rest, identity.session().get())) {
            answers.error(response, 403, "xsrf_check_failed", "XSRF check failed: send the header "
                    + "X-Atlassian-Token: no-check, a JSON body, or the form's atl_token.");
            return;
        }
        identity.session().ifPresent(s -> request.setAttribute(SESSION_ATTRIBUTE, s));
        Exception failure = requestUser.callAs(identity.user(), () -> {
            try {
                delegate.service(request, response);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    /** How a request's caller was identified (or why not). */
    private sealed interface Identification permits Identified, LoginAttempt.Refused, LoginAttempt.Throttled {
    }

    private record Identified(Identity identity) implements Identification {
    }

    /** What a login with a user name and password came to (login form or basic auth). */
    public sealed interface LoginAttempt {
        record LoggedIn(String userName) implements LoginAttempt {
        }

        record Refused() implements LoginAttempt, Identification {
        }

        /** Too many recent failures for the name or from the address: not even checked. */
        record Throttled(long retryAfterSeconds) implements LoginAttempt, Identification {
            public String message() {
                return "Too many failed logins; try again in " + retryAfterSeconds + " s.";
            }
        }
    }

    /** The caller, anonymous when no credentials came; refused or throttled when basic-auth credentials fail. */
    private Identification identify(Request request) {
        String authorization = request.getHeader(Header.Authorization);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            LoginAttempt attempt = basicAuth(authorization.substring(6).trim(), request.getRemoteAddr());
            if (attempt instanceof LoginAttempt.LoggedIn in) {
                return new Identified(new Identity(Optional.of(in.userName()), Optional.empty()));
            }
            return (Identification) attempt;
        }
        String cookie = sessionCookie(request);
        if (cookie != null) {
            Optional<LoginSessions.Session> session = sessions.find(cookie)
                    .filter(s -> tracker.user(s.userName()).filter(TrackerUser::active).isPresent());
            if (session.isPresent()) {
                return new Identified(new Identity(Optional.of(session.get().userName()), session));
            }
        }
        return new Identified(Identity.ANONYMOUS);
    }

    private LoginAttempt basicAuth(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new LoginAttempt.Refused();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return new LoginAttempt.Refused();
        }
        return logIn(decoded.substring(0, colon), decoded.substring(colon + 1), address);
    }

    /**
     * Checks a user name and password from this client address, unless too many logins for the name or from the
     * address failed lately ({@link LoginThrottle}); a failure counts towards the next refusal.
     */
    public LoginAttempt logIn(String name, String password, String address) {
        if (name == null || name.isEmpty() || password == null) {
            return new LoginAttempt.Refused();
        }
        Optional<Duration> locked = throttle.lockedFor(name, address);
        if (locked.isPresent()) {
            long seconds = (locked.get().toMillis() + 999) / 1000;
            return new LoginAttempt.Throttled(Math.max(1, seconds));
        }
        Optional<String> user = checkPassword(name, password);
        if (user.isPresent()) {
            throttle.succeeded(name);
            return new LoginAttempt.LoggedIn(user.get());
        }
        throttle.failed(name, address);
        return new LoginAttempt.Refused();
    }

    /** The demo rule: an active user whose password is their user name. */
    private Optional<String> checkPassword(String name, String password) {
        if (!name.equals(password)) {
            return Optional.empty();
        }
        return tracker.user(name).filter(TrackerUser::active).map(TrackerUser::name);
    }

    static String sessionCookie(Request request) {
        return cookie(request, SESSION_COOKIE);
    }

    /** The value of the request's cookie of that name; null when it has none. */
    static String cookie(Request request, String name) {
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static boolean passesXsrfCheck(Request request, boolean rest, LoginSessions.Session session) {
        String token = request.getHeader("X-Atlassian-Token");
        if (token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"))) {
            return true;
        }
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (rest) {
            // A cross-site page cannot send JSON without a CORS preflight, which the devhost never grants.
            return contentType.startsWith("application/json");
        }
        return contentType.startsWith("application/x-www-form-urlencoded")
                && session.xsrfToken().equals(request.getParameter("atl_token"));
    }

    private static boolean isPublic(String path) {
        return path.equals("/login") || path.equals("/status") || path.startsWith(StaticAssets.URL_PREFIX)
                || path.equals("/favicon.ico")
                // The listening post's URL: chat servers post without a login (Jira: @UnrestrictedAccess); the
                // secret in the path is checked by the resource.
                || path.startsWith(LISTENING_POST_PREFIX);
    }

    private static boolean isSafe(Method method) {
        return method == Method.GET || method == Method.HEAD || method == Method.OPTIONS;
    }

    static void clearSessionCookie(Response response) {
        response.addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    static void setSessionCookie(Response response, String value) {
        response.addHeader("Set-Cookie", SESSION_COOKIE + "=" + value + "; Path=/; Max-Age="
                + LoginSessions.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax");
    }

    /** What the answer to an anonymous request for a page is: the login page, returning here afterwards. */
    static String loginPath(String destination) {
        return "/login?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }
}
