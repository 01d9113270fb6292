package com.socialitsm.devhost.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.host.PortalRef;
import com.socialitsm.web.page.I18nBundle;

/**
 * JSM's customer portal pages at JSM's paths, in the portal frame (no agents' navigation):
 * <ul>
 * <li>{@code /servicedesk/customer/portals} — the portals the user may use;</li>
 * <li>{@code /servicedesk/customer/portal/{id}} — "Raise a request" (with the app's "is it this?" panel under the
 * summary), the app's known issues, and "My requests" on this portal; the form posts to
 * {@code .../portal/{id}/create};</li>
 * <li>{@code /servicedesk/customer/portal/{id}/{KEY}} — a request: summary, description, status, public comments
 * (never internal ones) and a comment form (posts to {@code .../{KEY}/comment}; always public); for a resolved
 * request the app's "portal-thanks" mount point.</li>
 * </ul>
 * A portal or request the user may not see is the 404 page, identical to a missing one ({@link PortalAccess}).
 */
final class PortalPages {
    static final String PORTALS_PATH = "/servicedesk/customer/portals";
    static final String PORTAL_PATH = "/servicedesk/customer/portal/";
    private static final Pattern BELOW = Pattern.compile(
            "^(\\d{1,18})(?:/(create|[A-Za-z][A-Za-z0-9_]*-\\d{1,9})(/comment)?)?/?$");

    private final DemoTracker tracker;
    private final PortalAccess access;
    private final PageFrame frame;
    private final Answers answers;

    PortalPages(DemoTracker tracker, PortalAccess access, PageFrame frame, Answers answers) {
        this.tracker = tracker;
        this.access = access;
        this.frame = frame;
        this.answers = answers;
    }

    void portals(Request request, Response response, TrackerUser user) throws IOException {
        I18nBundle i18n = frame.bundle(request);
        Map<String, Object> model = portalModel(request, user, i18n.text("social.devhost.portal.portals"),
                "templates/devhost/portals.vm", "devhost-portals-page");
        model.put("portals", access.portals(Optional.of(user.name())));
        frame.send(response, 200, model);
    }

    /** Everything below {@code /servicedesk/customer/portal/}. */
    void below(Request request, Response response, TrackerUser user, Method method, String below) throws IOException {
        Matcher m = BELOW.matcher(below);
        Optional<PortalRef> portal = m.matches()
                ? access.portal(Optional.of(user.name()), Long.parseLong(m.group(1))) : Optional.empty();
        if (portal.isEmpty()) {
            frame.notFound(request, response, Optional.of(user));
            return;
        }
        String second = m.group(2);
        boolean comment = m.group(3) != null;
        if (second == null && method == Method.GET) {
            portalPage(request, response, user, portal.get(), Map.of(), null);
        } else if ("create".equals(second) && !comment && method == Method.POST) {
            raise(request, response, user, portal.get());
        } else if (second != null && !"create".equals(second)) {
            Optional<TrackerIssue> issue = access.visibleRequest(user.name(), second)
                    .filter(i -> i.project().id() == portal.get().projectId());
            if (issue.isEmpty()) {
                frame.notFound(request, response, Optional.of(user));
            } else if (!comment && method == Method.GET) {
                requestPage(request, response, user, portal.get(), issue.get(), request.getParameter("error") != null);
            } else if (comment && method == Method.POST) {
                addComment(request, response, user, portal.get(), issue.get());
            } else {
                frame.notFound(request, response, Optional.of(user));
            }
        } else {
            frame.notFound(request, response, Optional.of(user));
        }
    }

    private void portalPage(Request request, Response response, TrackerUser user, PortalRef portal,
                            Map<String, String> values, String error) throws IOException {
        Map<String, Object> model = portalModel(request, user, portal.name(), "templates/devhost/portal.vm",
                "devhost-portal-page");
        model.put("portalId", Long.toString(portal.id()));
        model.put("requestTypes", PortalAccess.REQUEST_TYPES);
        model.put("values", values);
        model.put("raiseError", error);
        List<TrackerIssue> mine = new ArrayList<>();
        for (TrackerIssue issue : access.requestsOf(user.name())) {
            if (issue.project().id() == portal.projectId()) {
                mine.add(issue);
            }
        }
        model.put("myRequests", mine);
        frame.send(response, error == null ? 200 : 400, model);
    }

    private void raise(Request request, Response response, TrackerUser user, PortalRef portal) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("requestTypeId", "summary", "description")) {
            values.put(field, Optional.ofNullable(request.getParameter(field)).orElse(""));
        }
        long typeId = values.get("requestTypeId").matches("\\d{1,9}") ? Long.parseLong(values.get("requestTypeId")) : 1;
        PortalAccess.RequestType type = PortalAccess.requestType(typeId).orElse(PortalAccess.REQUEST_TYPES.get(0));
        try {
            TrackerIssue created = access.raise(user.name(), portal, type, values.get("summary"),
                    values.get("description"));
            answers.seeOther(response, PORTAL_PATH + portal.id() + "/" + created.key());
        } catch (TrackerException e) {
            portalPage(request, response, user, portal, values, e.getMessage());
        }
    }

    private void requestPage(Request request, Response response, TrackerUser user, PortalRef portal,
                             TrackerIssue issue, boolean commentError) throws IOException {
        Map<String, Object> model = portalModel(request, user, issue.summary(), "templates/devhost/portal-request.vm",
                "devhost-portal-request-page");
        model.put("portalId", Long.toString(portal.id()));
        model.put("portalName", portal.name());
        model.put("issue", issue);
        model.put("statusKey", issue.isResolved() ? "resolved" : "open");
        List<PublicComment> comments = new ArrayList<>();
        for (TrackerComment c : tracker.comments(issue)) {
            if (!c.internal()) {
                comments.add(new PublicComment(c, tracker.user(c.author()).map(TrackerUser::displayName)
                        .orElse(c.author())));
            }
        }
        model.put("comments", comments);
        model.put("commentError", commentError);
        frame.send(response, 200, model);
    }

    private void addComment(Request request, Response response, TrackerUser user, PortalRef portal,
                            TrackerIssue issue) {
        String page = PORTAL_PATH + portal.id() + "/" + issue.key();
        try {
            TrackerComment c = tracker.portalComment(user.name(), issue, request.getParameter("comment"), false);
            answers.seeOther(response, page + "#comment-" + c.id());
        } catch (TrackerException e) {
            answers.seeOther(response, page + "?error=comment#add-comment");
        }
    }

    private Map<String, Object> portalModel(Request request, TrackerUser user, String title, String template,
                                            String bodyClass) {
        Map<String, Object> model = frame.model(request, Optional.of(user), title, "", template,
                "devhost-portal-frame " + bodyClass);
        model.put("portalFrame", true);
        return model;
    }

    /** A public comment as the request page shows it: the author's display name only. */
    public record PublicComment(TrackerComment comment, String authorName) {
        public String anchor() {
            return "comment-" + comment.id();
        }
    }
}
