package com.socialitsm.devhost.http;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.glassfish.grizzly.http.server.Request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.devhost.tracker.TrackerUser;

/**
 * Jira's JSON shapes of REST API v2 for the demo tracker's values, as {@link JiraRestHandler} answers them: ids as
 * strings, {@code self} links on the request's own base URL, {@code fields}, Jira's date format.
 */
final class JiraJson {
    private static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DemoTracker tracker;
    private final ObjectMapper mapper;

    JiraJson(DemoTracker tracker, ObjectMapper mapper) {
        this.tracker = tracker;
        this.mapper = mapper;
    }

    /** An issue as Jira shows it; search results leave the comments out, as Jira's navigable fields do. */
    ObjectNode issue(Request request, TrackerIssue issue, boolean withComments) {
        ObjectNode node = mapper.createObjectNode();
        node.put("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations");
        node.put("id", Long.toString(issue.id()));
        node.put("self", base(request) + "/rest/api/2/issue/" + issue.id());
        node.put("key", issue.key());
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary());
        fields.put("description", issue.description().isEmpty() ? null : issue.description());
        ObjectNode type = fields.putObject("issuetype");
        type.put("id", Integer.toString(10_000 + DemoTracker.ISSUE_TYPES.indexOf(issue.type())));
        type.put("name", issue.type());
        type.put("subtask", false);
        fields.set("project", project(request, issue.project()));
        ObjectNode status = fields.putObject("status");
        status.put("name", issue.status());
        status.put("id", issue.isResolved() ? "5" : issue.status().equals(TrackerIssue.STATUS_REOPENED) ? "4" : "1");
        ObjectNode category = status.putObject("statusCategory");
        category.put("key", issue.isResolved() ? "done" : "new");
        category.put("name", issue.isResolved() ? "Done" : "To Do");
        if (issue.resolution().isPresent()) {
            fields.putObject("resolution").put("name", issue.resolution().get());
        } else {
            fields.putNull("resolution");
        }
        fields.put("resolutiondate", issue.resolved().map(JIRA_TIME::format).orElse(null));
        fields.set("assignee", issue.assignee().flatMap(tracker::user).map(u -> (JsonNode) user(request, u))
                .orElse(mapper.nullNode()));
        fields.set("reporter", issue.reporter().flatMap(tracker::user).map(u -> (JsonNode) user(request, u))
                .orElse(mapper.nullNode()));
        fields.put("created", JIRA_TIME.format(issue.created()));
        fields.put("updated", JIRA_TIME.format(issue.updated()));
        if (withComments) {
            fields.set("comment", commentPage(request, issue, tracker.comments(issue)));
        }
        return node;
    }

    ObjectNode commentPage(Request request, TrackerIssue issue, List<TrackerComment> comments) {
        ObjectNode page = mapper.createObjectNode();
        ArrayNode list = page.putArray("comments");
        comments.forEach(c -> list.add(comment(request, issue, c)));
        page.put("maxResults", comments.size());
        page.put("total", comments.size());
        page.put("startAt", 0);
        return page;
    }

    ObjectNode comment(Request request, TrackerIssue issue, TrackerComment comment) {
        ObjectNode node = mapper.createObjectNode();
        node.put("self", base(request) + "/rest/api/2/issue/" + issue.id() + "/comment/" + comment.id());
        node.put("id", Long.toString(comment.id()));
        tracker.user(comment.author()).ifPresent(u -> {
            node.set("author", user(request, u));
            node.set("updateAuthor", user(request, u));
        });
        node.put("body", comment.body());
        node.put("created", JIRA_TIME.format(comment.created()));
        node.put("updated", JIRA_TIME.format(comment.created()));
        return node;
    }

    ObjectNode user(Request request, TrackerUser user) {
        ObjectNode node = mapper.createObjectNode();
        node.put("self", base(request) + "/rest/api/2/user?username=" + user.name());
        node.put("name", user.name());
        node.put("key", user.name());
        node.put("emailAddress", user.email());
        ObjectNode avatars = node.putObject("avatarUrls");
        for (String size : List.of("48x48", "24x24", "16x16", "32x32")) {
            avatars.put(size, base(request) + user.avatarPath());
        }
        node.put("displayName", user.displayName());
        node.put("active", user.active());
        node.put("timeZone", "UTC");
        return node;
    }

    ObjectNode project(Request request, TrackerProject project) {
        ObjectNode node = mapper.createObjectNode();
        node.put("self", base(request) + "/rest/api/2/project/" + project.id());
        node.put("id", Long.toString(project.id()));
        node.put("key", project.key());
        node.put("name", project.name());
        node.put("projectTypeKey", "service_desk");
        return node;
    }

    /** The base URL the caller reached us at, for {@code self} links. */
    static String base(Request request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }
}
