package com.socialitsm.web.rest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Jira's XSRF rule for REST, applied the same way in every host: a state-changing request (anything but GET, HEAD,
 * OPTIONS) whose content type a browser may send cross-site without asking (a form, multipart, plain text, or none
 * at all) must carry {@code X-Atlassian-Token: no-check}; otherwise 403 with a JSON error. JSON requests can only
 * be sent cross-site after a CORS preflight, which this app never grants, so they pass, as scripts with basic auth
 * expect. In Jira the REST plugin performs the same check before us; this filter makes the devhost (cookie sessions)
 * behave alike and is harmless twice.
 *
 * <p>It runs first, so it also refuses a malformed {@code Content-Type} (400 JSON) for every method: JAX-RS parses
 * the header lazily and throws from wherever it is first read, which was a 500 with a stack trace.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public final class XsrfCheck implements ContainerRequestFilter {
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");
    /** RFC 9110 media-type: type "/" subtype *( OWS ";" OWS token "=" ( token / quoted-string ) ). */
    private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\"))*[ \\t]*");

    /** The listening post's URL ({@code listen/<secret>}), which Jira excludes too ({@code @XsrfProtectionExcluded}). */
    private static boolean isListeningPost(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("listen/") || path.startsWith("/listen/");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString("Content-Type");
        if (contentType != null && !contentType.isBlank() && !MEDIA_TYPE.matcher(contentType.trim()).matches()) {
            request.abortWith(ApiExceptionMapper.answer(400, "bad_content_type",
                    "The Content-Type header is not a valid media type; send application/json."));
            return;
        }
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (isListeningPost(request)) {
            return; // webhooks from chat servers: no session to forge, the secret in the path is the credential
        }
        if ("no-check".equalsIgnoreCase(String.valueOf(request.getHeaderString(TOKEN_HEADER)).trim())) {
            return;
        }
        MediaType type = request.getMediaType();
        // No content type counts as cross-site sendable, as in Jira's XsrfResourceFilter: a page can send a bodiless
        // POST (a vote, a follow) cross-site with the user's cookie.
        boolean crossSiteSendable = type == null
                || SIMPLE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        if (crossSiteSendable) {
            request.abortWith(ApiExceptionMapper.answer(403, "xsrf_check_failed",
                    "XSRF check failed: send JSON, or the header X-Atlassian-Token: no-check."));
        }
    }
}
