package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.InputStream;
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

import com.socialitsm.devhost.jql.JqlException;
import com.socialitsm.devhost.jql.JqlParser;
import com.socialitsm.devhost.jql.JqlQuery;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.IssueEdit;
import com.socialitsm.devhost.tracker.NewIssue;
import com.socialitsm.devhost.tracker.SearchPage;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.Transition;

/**
 * The demo tracker's REST API at {@code /rest/api/2}: the subset of Jira's REST API v2 that API.md lists, with Jira's
 * JSON shapes (ids as strings, {@code self} links, {@code fields}, Jira's date format), so a script that drives the
 * devhost drives a real Jira too. Also {@code GET /myself} and {@code GET /project}, which such scripts start with,
 * and {@code GET /search} over a small JQL subset ({@link JqlParser}; a query Jira would refuse gets Jira's 400).
 * This class routes and parses; {@link JiraJson} writes Jira's shapes.
 */
final class JiraRestHandler extends HttpHandler {
    private static final Pattern ISSUE = Pattern.compile("^/issue/([A-Za-z][A-Za-z0-9_]*-\\d+)(/[a-z]+)?/?$");

    /** Jira's page of search results when the request names none. */
    private static final int DEFAULT_MAX_RESULTS = 50;

    private final DemoTracker tracker;
    private final RequestUser requestUser;
    private final Answers answers;
    private final JqlParser jqlParser = new JqlParser();
    private final JiraJson json;

    JiraRestHandler(DemoTracker tracker, RequestUser requestUser, Answers answers) {
        super("jira-rest");
        this.tracker = tracker;
        this.requestUser = requestUser;
        this.answers = answers;
        this.json = new JiraJson(tracker, answers.mapper());
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        String actor = requestUser.userKey().orElse(null);
        if (actor == null) {
            answers.error(response, 401, "not_logged_in", "You need to log in to do this.");
            return;
        }
        String path = request.getDecodedRequestURI().substring(request.getContextPath().length());
        Method method = request.getMethod();
        try {
            if (path.equals("/myself") || path.equals("/myself/")) {
                requireMethod(method, Method.GET);
                answers.json(response, 200, json.user(request, tracker.user(actor).orElseThrow()));
                return;
            }
            if (path.equals("/project") || path.equals("/project/")) {
                requireMethod(method, Method.GET);
                ArrayNode projects = answers.mapper().createArrayNode();
                tracker.browsableProjects(Optional.of(actor)).forEach(p -> projects.add(json.project(request, p)));
                answers.json(response, 200, projects);
                return;
            }
            if (path.equals("/search") || path.equals("/search/")) {
                if (method == Method.POST) {
                    // Jira's way for a query too long for a URL: {"jql", "startAt", "maxResults"} in the body.
                    JsonNode body = body(request);
                    search(response, request, actor, textOrNull(body, "jql"), textOrNull(body, "startAt"),
                            textOrNull(body, "maxResults"));
                } else {
                    requireMethod(method, Method.GET);
                    search(response, request, actor, request.getParameter("jql"), request.getParameter("startAt"),
                            request.getParameter("maxResults"));
                }
                return;
            }
            if (path.equals("/issue") || path.equals("/issue/")) {
                requireMethod(method, Method.POST);
                createIssue(request, response, actor);
                return;
            }
            Matcher m = ISSUE.matcher(path);
            if (!m.matches()) {
                answers.error(response, 404, "not_found", "There is no such resource.");
                return;
            }
            String key = m.group(1).toUpperCase(Locale.ROOT);
            String sub = m.group(2) == null ? "" : m.group(2);
            switch (sub) {
                case "" -> issue(request, response, method, actor, key);
                case "/comment" -> comments(request, response, method, actor, key);
                case "/transitions" -> transitions(request, response, method, actor, key);
                case "/assignee" -> {
                    requireMethod(method, Method.PUT);
                    JsonNode body = body(request);
                    tracker.edit(actor, key, IssueEdit.assign(textOrNull(body, "name")));
                    answers.noContent(response);
                }
                default -> answers.error(response, 404, "not_found", "There is no such resource.");
            }
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                answers.error(response, 404, "not_found", e.getMessage());
            } else {
                answers.error(response, 400, "bad_request", e.getMessage(), e.fieldErrors());
            }
        } catch (BadRequest e) {
            answers.error(response, e.status, e.code, e.getMessage());
        }
    }

    private void issue(Request request, Response response, Method method, String actor, String key) throws IOException {
        if (method == Method.GET) {
            TrackerIssue issue = tracker.requireIssue(Optional.of(actor), key);
            answers.json(response, 200, json.issue(request, issue, true));
        } else if (method == Method.PUT) {
            JsonNode fields = body(request).path("fields");
            if (!fields.isObject()) {
                throw new BadRequest(400, "bad_request", "Send the fields to change as {\"fields\": {...}}.");
            }
            boolean changeAssignee = fields.has("assignee");
            String assignee = changeAssignee ? textOrNull(fields.get("assignee"), "name") : null;
            tracker.edit(actor, key, new IssueEdit(textOrNull(fields, "summary"), textOrNull(fields, "description"),
                    changeAssignee, assignee));
            answers.noContent(response);
        } else {
            throw methodNotAllowed();
        }
    }

    private void search(Response response, Request request, String actor, String jql, String startAtValue,
                        String maxResultsValue) throws IOException {
        SearchPage page;
        try {
            int startAt = number("startAt", startAtValue, 0);
            int maxResults = number("maxResults", maxResultsValue, DEFAULT_MAX_RESULTS);
            JqlQuery query = jqlParser.parse(jql);
            page = tracker.search(Optional.of(actor), query, startAt, maxResults);
        } catch (JqlException e) {
            ObjectNode refusal = answers.mapper().createObjectNode();
            refusal.putArray("errorMessages").add(e.getMessage());
            refusal.putObject("errors");
            answers.json(response, 400, refusal);
            return;
        }
        ObjectNode answer = answers.mapper().createObjectNode();
        answer.put("expand", "schema,names");
        answer.put("startAt", page.startAt());
        answer.put("maxResults", page.maxResults());
        answer.put("total", page.total());
        ArrayNode issues = answer.putArray("issues");
        page.issues().forEach(issue -> issues.add(json.issue(request, issue, false)));
        answers.json(response, 200, answer);
    }

    /** A whole-number parameter; a missing one is the default, anything else Jira's 400. */
    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new JqlException("The value '" + JqlParser.shown(value) + "' of the parameter '" + name
                    + "' is not a number.");
        }
    }

    private void createIssue(Request request, Response response, String actor) throws IOException {
        JsonNode fields = body(request).path("fields");
        if (!fields.isObject()) {
            throw new BadRequest(400, "bad_request", "Send the new issue as {\"fields\": {...}}.");
        }
        JsonNode issueType = fields.path("issuetype");
        String type = textOrNull(issueType, "name");
        if (type == null && issueType.has("id")) {
            type = typeById(issueType.path("id").asText());
        }
        JsonNode assignee = fields.get("assignee");
        TrackerIssue issue = tracker.create(actor, new NewIssue(textOrNull(fields.path("project"), "key"), type,
                textOrNull(fields, "summary"), textOrNull(fields, "description"),
                assignee == null || assignee.isNull() ? null : textOrNull(assignee, "name")));
        ObjectNode created = answers.mapper().createObjectNode();
        created.put("id", Long.toString(issue.id()));
        created.put("key", issue.key());
        created.put("self", JiraJson.base(request) + "/rest/api/2/issue/" + issue.id());
        response.setHeader("Location", JiraJson.base(request) + "/rest/api/2/issue/" + issue.key());
        answers.json(response, 201, created);
    }

    private void comments(Request request, Response response, Method method, String actor, String key)
            throws IOException {
        if (method == Method.GET) {
            TrackerIssue issue = tracker.requireIssue(Optional.of(actor), key);
            answers.json(response, 200, json.commentPage(request, issue, tracker.comments(issue)));
        } else if (method == Method.POST) {
            JsonNode body = body(request);
            TrackerComment comment = tracker.comment(actor, key, textOrNull(body, "body"), internal(body));
            TrackerIssue issue = tracker.requireIssue(Optional.of(actor), key);
            answers.json(response, 201, json.comment(request, issue, comment));
        } else {
            throw methodNotAllowed();
        }
    }

    private void transitions(Request request, Response response, Method method, String actor, String key)
            throws IOException {
        if (method == Method.GET) {
            TrackerIssue issue = tracker.requireIssue(Optional.of(actor), key);
            ObjectNode answer = answers.mapper().createObjectNode();
            answer.put("expand", "transitions");
            ArrayNode list = answer.putArray("transitions");
            for (Transition t : Transition.availableFor(issue)) {
                ObjectNode node = list.addObject();
                node.put("id", t.id());
                node.put("name", t.label());
                ObjectNode to = node.putObject("to");
                to.put("name", t == Transition.RESOLVE ? TrackerIssue.STATUS_RESOLVED : TrackerIssue.STATUS_REOPENED);
            }
            answers.json(response, 200, answer);
        } else if (method == Method.POST) {
            JsonNode body = body(request);
            JsonNode transition = body.path("transition");
            String idOrName = transition.hasNonNull("id") ? transition.path("id").asText() : textOrNull(transition, "name");
            if (idOrName == null) {
                throw new BadRequest(400, "bad_request",
                        "Name the transition: {\"transition\": {\"id\": \"5\"}} or {\"transition\": {\"name\": \"Resolve\"}}.");
            }
            String resolution = textOrNull(body.path("fields").path("resolution"), "name");
            String comment = null;
            for (JsonNode update : body.path("update").path("comment")) {
                comment = textOrNull(update.path("add"), "body");
            }
            tracker.transition(actor, key, idOrName, resolution, comment);
            answers.noContent(response);
        } else {
            throw methodNotAllowed();
        }
    }

    // ---------------------------------------------------------------- request parsing

    private JsonNode body(Request request) throws IOException {
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            throw new BadRequest(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
        }
        try (InputStream in = request.getInputStream()) {
            JsonNode node = answers.mapper().readTree(in);
            if (node == null || !node.isObject()) {
                throw new BadRequest(400, "bad_json", "The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "bad_json", "The request body is not valid JSON.");
        }
    }

    /**
     * JSM's way to make a comment internal through Jira's REST: the comment property {@code sd.public.comment} with
     * {@code {"internal": true}}; without it a comment on a request is public, as in JSM.
     */
    private static boolean internal(JsonNode body) {
        for (JsonNode property : body.path("properties")) {
            if ("sd.public.comment".equals(property.path("key").asText())
                    && property.path("value").path("internal").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String typeById(String id) {
        try {
            int index = Integer.parseInt(id) - 10_000;
            return index >= 0 && index < DemoTracker.ISSUE_TYPES.size() ? DemoTracker.ISSUE_TYPES.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void requireMethod(Method actual, Method expected) {
        if (actual != expected) {
            throw methodNotAllowed();
        }
    }

    private static BadRequest methodNotAllowed() {
        return new BadRequest(405, "method_not_allowed", "This method is not allowed here.");
    }

    /** A request the handler refuses before the tracker sees it. */
    private static final class BadRequest extends RuntimeException {
        private final int status;
        private final String code;

        BadRequest(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
