package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.host.PortalRef;

/**
 * JSM's customer REST subset at {@code /rest/servicedeskapi}, with JSM's JSON shapes (field names as in JSM's REST
 * reference: {@code issueId}, {@code issueKey}, {@code requestTypeId}, {@code serviceDeskId}, {@code createdDate},
 * {@code currentStatus}, {@code reporter}, {@code requestFieldValues}, {@code _links}; pages as {@code size},
 * {@code start}, {@code limit}, {@code isLastPage}, {@code values}; comments as {@code id}, {@code body},
 * {@code public}, {@code author}, {@code created}):
 * <ul>
 * <li>{@code GET /servicedesk} — the service desks the caller may use;</li>
 * <li>{@code GET /servicedesk/{id}/requesttype} — its request types;</li>
 * <li>{@code POST /request} — raise a request, the caller as reporter; it goes through the tracker and the engine like
 * any new issue;</li>
 * <li>{@code GET /request} — the caller's requests (reporter);</li>
 * <li>{@code GET /request/{key}}, {@code GET|POST /request/{key}/comment} — for the request's customer (404 for
 * anyone else, identical to a missing request) and the portal's agents. Customers see and write public comments
 * only.</li>
 * </ul>
 * Who may use a portal, who is an agent and who a request's customer is the app's port
 * ({@link PortalAccess}, i.e. {@code host.CustomerPortals}), the same answers the app's portal REST uses.
 */
final class ServiceDeskApiHandler extends HttpHandler {
    private static final Pattern REQUEST = Pattern.compile("^/request/([A-Za-z][A-Za-z0-9_]*-\\d{1,9})(/comment)?/?$");
    private static final Pattern REQUEST_TYPES = Pattern.compile("^/servicedesk/(\\d{1,18})/requesttype/?$");
    private static final DateTimeFormatter JIRA_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FRIENDLY =
            DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final int DEFAULT_LIMIT = 50;

    private final DemoTracker tracker;
    private final PortalAccess portals;
    private final RequestUser requestUser;
    private final Answers answers;

    ServiceDeskApiHandler(DemoTracker tracker, PortalAccess portals, RequestUser requestUser, Answers answers) {
        super("servicedeskapi");
        this.tracker = tracker;
        this.portals = portals;
        this.requestUser = requestUser;
        this.answers = answers;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        Optional<String> actor = requestUser.userKey();
        if (actor.isEmpty()) {
            answers.error(response, 401, "not_logged_in", "You need to log in to do this.");
            return;
        }
        String path = request.getDecodedRequestURI().substring(request.getContextPath().length());
        Method method = request.getMethod();
        try {
            if (path.equals("/servicedesk") || path.equals("/servicedesk/")) {
                requireMethod(method, Method.GET);
                List<ObjectNode> desks = new ArrayList<>();
                portals.portals(actor).forEach(p -> desks.add(serviceDesk(request, p)));
                answers.json(response, 200, page(request, desks, 0, Integer.MAX_VALUE, "/servicedesk"));
                return;
            }
            Matcher types = REQUEST_TYPES.matcher(path);
            if (types.matches()) {
                requireMethod(method, Method.GET);
                PortalRef portal = portals.portal(actor, Long.parseLong(types.group(1)))
                        .orElseThrow(TrackerException::issueNotFound);
                List<ObjectNode> values = new ArrayList<>();
                for (PortalAccess.RequestType type : PortalAccess.REQUEST_TYPES) {
                    values.add(requestType(request, portal, type));
                }
                answers.json(response, 200, page(request, values, 0, Integer.MAX_VALUE, path));
                return;
            }
            if (path.equals("/request") || path.equals("/request/")) {
                if (method == Method.POST) {
                    create(request, response, actor.get());
                } else {
                    requireMethod(method, Method.GET);
                    mine(request, response, actor.get());
                }
                return;
            }
            Matcher m = REQUEST.matcher(path);
            if (!m.matches()) {
                answers.error(response, 404, "not_found", "There is no such resource.");
                return;
            }
            TrackerIssue issue = portals.visibleRequest(actor.get(), m.group(1))
                    .orElseThrow(TrackerException::issueNotFound);
            if (m.group(2) == null) {
                requireMethod(method, Method.GET);
                answers.json(response, 200, customerRequest(request, issue, actor.get()));
            } else if (method == Method.GET) {
                boolean agent = !portals.isCustomer(actor.get());
                List<ObjectNode> values = new ArrayList<>();
                for (TrackerComment c : tracker.comments(issue)) {
                    if (agent || !c.internal()) {
                        values.add(comment(request, issue, c, agent));
                    }
                }
                int start = number(request.getParameter("start"), 0);
                int limit = Math.max(1, number(request.getParameter("limit"), DEFAULT_LIMIT));
                answers.json(response, 200, page(request, values, start, limit, path));
            } else {
                requireMethod(method, Method.POST);
                addComment(request, response, actor.get(), issue);
            }
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                answers.error(response, 404, "not_found", "The request does not exist or you may not see it.");
            } else {
                answers.error(response, 400, "bad_request", e.getMessage(), e.fieldErrors());
            }
        } catch (Refusal e) {
            answers.error(response, e.status, e.code, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- requests

    private void create(Request request, Response response, String actor) throws IOException {
        JsonNode body = body(request);
        long serviceDeskId = id(body, "serviceDeskId");
        long requestTypeId = id(body, "requestTypeId");
        JsonNode fields = body.path("requestFieldValues");
        if (!fields.isObject()) {
            throw new Refusal(400, "bad_request",
                    "Send the request's fields as {\"requestFieldValues\": {\"summary\": ..., \"description\": ...}}.");
        }
        PortalRef portal = portals.portal(Optional.of(actor), serviceDeskId)
                .orElseThrow(TrackerException::issueNotFound);
        PortalAccess.RequestType type = PortalAccess.requestType(requestTypeId)
                .orElseThrow(() -> new Refusal(400, "bad_request", "The request type " + requestTypeId
                        + " does not exist in this service desk."));
        TrackerIssue created = portals.raise(actor, portal, type, textOrNull(fields, "summary"),
                textOrNull(fields, "description"));
        response.setHeader("Location", JiraJson.base(request) + "/rest/servicedeskapi/request/" + created.key());
        answers.json(response, 201, customerRequest(request, created, actor));
    }

    /**
     * The caller's requests, with two of JSM's filters (JSM DC REST, GET /rest/servicedeskapi/request): serviceDeskId
     * (one service desk's) and requestStatus (OPEN_REQUESTS, CLOSED_REQUESTS, ALL_REQUESTS, the default).
     */
    private void mine(Request request, Response response, String actor) throws IOException {
        String serviceDesk = request.getParameter("serviceDeskId");
        String status = request.getParameter("requestStatus");
        if (status != null && !List.of("OPEN_REQUESTS", "CLOSED_REQUESTS", "ALL_REQUESTS").contains(status)) {
            throw new Refusal(400, "bad_request",
                    "requestStatus must be OPEN_REQUESTS, CLOSED_REQUESTS or ALL_REQUESTS.");
        }
        List<ObjectNode> values = new ArrayList<>();
        for (TrackerIssue issue : portals.requestsOf(actor)) {
            if (serviceDesk != null && !serviceDesk.equals(Long.toString(issue.project().id()))) {
                continue;
            }
            if ("OPEN_REQUESTS".equals(status) && issue.isResolved()
                    || "CLOSED_REQUESTS".equals(status) && !issue.isResolved()) {
                continue;
            }
            values.add(customerRequest(request, issue, actor));
        }
        int start = number(request.getParameter("start"), 0);
        int limit = Math.max(1, number(request.getParameter("limit"), DEFAULT_LIMIT));
        answers.json(response, 200, page(request, values, start, limit, "/request"));
    }

    private void addComment(Request request, Response response, String actor, TrackerIssue issue) throws IOException {
        JsonNode body = body(request);
        JsonNode visibility = body.get("public");
        if (visibility != null && !visibility.isBoolean()) {
            throw new Refusal(400, "bad_request", "\"public\" must be true or false.");
        }
        boolean isPublic = visibility == null || visibility.asBoolean();
        if (!isPublic && portals.isCustomer(actor)) {
            throw new Refusal(403, "forbidden", "Customers can only add public comments.");
        }
        TrackerComment comment = tracker.portalComment(actor, issue, textOrNull(body, "body"), !isPublic);
        answers.json(response, 201, comment(request, issue, comment, !portals.isCustomer(actor)));
    }

    // ---------------------------------------------------------------- JSM's shapes

    private ObjectNode serviceDesk(Request request, PortalRef portal) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.put("id", Long.toString(portal.id()));
        node.put("projectId", Long.toString(portal.projectId()));
        node.put("projectName", portal.name());
        node.put("projectKey", portals.projectKey(portal));
        node.putObject("_links").put("self", base(request) + "/servicedesk/" + portal.id());
        return node;
    }

    private ObjectNode requestType(Request request, PortalRef portal, PortalAccess.RequestType type) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.put("id", Long.toString(type.id()));
        node.put("name", type.name());
        node.put("description", type.description());
        node.put("serviceDeskId", Long.toString(portal.id()));
        node.putArray("groupIds");
        node.putObject("_links").put("self",
                base(request) + "/servicedesk/" + portal.id() + "/requesttype/" + type.id());
        return node;
    }

    private ObjectNode customerRequest(Request request, TrackerIssue issue, String viewer) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.putArray("_expands").add("participant").add("status").add("sla").add("requestType").add("serviceDesk");
        node.put("issueId", Long.toString(issue.id()));
        node.put("issueKey", issue.key());
        node.put("requestTypeId", Long.toString(PortalAccess.requestTypeOf(issue).id()));
        node.put("serviceDeskId", Long.toString(issue.project().id()));
        node.set("createdDate", date(issue.created()));
        issue.reporter().flatMap(tracker::user)
                .ifPresent(u -> node.set("reporter", user(request, u, !portals.isCustomer(viewer))));
        ArrayNode fields = node.putArray("requestFieldValues");
        ObjectNode summary = fields.addObject();
        summary.put("fieldId", "summary");
        summary.put("label", "Summary");
        summary.put("value", issue.summary());
        ObjectNode description = fields.addObject();
        description.put("fieldId", "description");
        description.put("label", "Description");
        description.put("value", issue.description() == null ? "" : issue.description());
        ObjectNode status = node.putObject("currentStatus");
        status.put("status", issue.status());
        status.put("statusCategory", issue.isResolved() ? "DONE" : "NEW");
        status.set("statusDate", date(issue.resolved().orElse(issue.updated())));
        ObjectNode links = node.putObject("_links");
        links.put("jiraRest", JiraJson.base(request) + "/rest/api/2/issue/" + issue.id());
        links.put("web", JiraJson.base(request) + "/servicedesk/customer/portal/" + issue.project().id() + "/"
                + issue.key());
        links.put("self", base(request) + "/request/" + issue.id());
        return node;
    }

    private ObjectNode comment(Request request, TrackerIssue issue, TrackerComment comment, boolean forAgent) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.putArray("_expands").add("attachment").add("renderedBody");
        node.put("id", Long.toString(comment.id()));
        node.put("body", comment.body());
        node.put("public", !comment.internal());
        tracker.user(comment.author()).ifPresent(u -> node.set("author", user(request, u, forAgent)));
        node.set("created", date(comment.created()));
        node.putObject("_links").put("self", base(request) + "/request/" + issue.id() + "/comment/" + comment.id());
        return node;
    }

    /** JSM's user; the e-mail address only for agents (a customer has no business with other people's addresses). */
    private ObjectNode user(Request request, TrackerUser user, boolean withEmail) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.put("name", user.name());
        node.put("key", user.name());
        if (withEmail) {
            node.put("emailAddress", user.email());
        }
        node.put("displayName", user.displayName());
        node.put("active", user.active());
        node.put("timeZone", "UTC");
        ObjectNode links = node.putObject("_links");
        links.put("jiraRest", JiraJson.base(request) + "/rest/api/2/user?username=" + user.name());
        links.put("self", JiraJson.base(request) + "/rest/api/2/user?username=" + user.name());
        return node;
    }

    private ObjectNode date(Instant at) {
        ObjectNode node = answers.mapper().createObjectNode();
        node.put("iso8601", JIRA_DATE.format(at));
        node.put("jira", JIRA_DATE.format(at));
        node.put("friendly", FRIENDLY.format(at));
        node.put("epochMillis", at.toEpochMilli());
        return node;
    }

    private ObjectNode page(Request request, List<ObjectNode> all, int start, int limit, String path) {
        int from = Math.min(start, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        ObjectNode node = answers.mapper().createObjectNode();
        node.putArray("_expands");
        node.put("size", to - from);
        node.put("start", from);
        node.put("limit", limit == Integer.MAX_VALUE ? all.size() : limit);
        node.put("isLastPage", to >= all.size());
        ArrayNode values = node.putArray("values");
        all.subList(from, to).forEach(values::add);
        ObjectNode links = node.putObject("_links");
        links.put("base", base(request));
        links.put("context", "");
        if (to < all.size()) {
            links.put("next", base(request) + path + "?start=" + to + "&limit=" + limit);
        }
        if (from > 0) {
            links.put("prev", base(request) + path + "?start=" + Math.max(0, from - limit) + "&limit=" + limit);
        }
        return node;
    }

    private static String base(Request request) {
        return JiraJson.base(request) + "/rest/servicedeskapi";
    }

    // ---------------------------------------------------------------- request parsing

    private JsonNode body(Request request) throws IOException {
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw new Refusal(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
        }
        try (InputStream in = request.getInputStream()) {
            JsonNode node = answers.mapper().readTree(in);
            if (node == null || !node.isObject()) {
                throw new Refusal(400, "bad_json", "The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "bad_json", "The request body is not valid JSON.");
        }
    }

    /** An id JSM takes as a string or a number. */
    private static long id(JsonNode body, String field) {
        String value = textOrNull(body, field);
        if (value == null || !value.trim().matches("\\d{1,18}")) {
            throw new Refusal(400, "bad_request", "\"" + field + "\" must be an id.");
        }
        return Long.parseLong(value.trim());
    }

    private static int number(String value, int fallback) {
        if (value == null || !value.trim().matches("\\d{1,9}")) {
            return fallback;
        }
        return Integer.parseInt(value.trim());
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static void requireMethod(Method actual, Method expected) {
        if (actual != expected) {
            throw new Refusal(405, "method_not_allowed", "This method is not allowed here.");
        }
    }

    /** A request refused before or beside the tracker. */
    private static final class Refusal extends RuntimeException {
        private final int status;
        private final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
