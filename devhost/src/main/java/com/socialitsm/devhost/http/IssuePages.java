package com.socialitsm.devhost.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.socialitsm.devhost.page.PageViews;
import com.socialitsm.devhost.tracker.DemoTracker;
import com.socialitsm.devhost.tracker.IssueEdit;
import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.NewIssue;
import com.socialitsm.devhost.tracker.TrackerComment;
import com.socialitsm.devhost.tracker.TrackerException;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.devhost.tracker.TrackerUser;
import com.socialitsm.devhost.tracker.Transition;
import com.socialitsm.web.page.I18nBundle;

/**
 * The tracker's own pages: the dashboard's issue lists, the issue view, and the forms that change an issue at Jira's
 * {@code /secure/*.jspa} names (comment, assign, transition, create). A form post answers 303 back to the page.
 */
final class IssuePages {
    private static final int DASHBOARD_LIMIT = 50;

    private final DemoTracker tracker;
    private final PageFrame frame;
    private final Answers answers;

    IssuePages(DemoTracker tracker, PageFrame frame, Answers answers) {
        this.tracker = tracker;
        this.frame = frame;
        this.answers = answers;
    }

    // ---------------------------------------------------------------- dashboard

    void dashboard(Request request, Response response, TrackerUser user) throws IOException {
        I18nBundle i18n = frame.bundle(request);
        IssueFilter filter = IssueFilter.parse(request.getParameter("filter"));
        List<PageViews.FilterTab> tabs = new ArrayList<>();
        for (IssueFilter f : IssueFilter.values()) {
            tabs.add(new PageViews.FilterTab(f.id(), i18n.text("social.devhost.dashboard.filter." + f.id()),
                    "/?filter=" + f.id(), f == filter));
        }
        Map<String, Object> model = frame.model(request, Optional.of(user), i18n.text("social.devhost.dashboard.title"),
                "dashboard", "templates/devhost/dashboard.vm", "devhost-dashboard-page");
        model.put("tabs", tabs);
        model.put("issues", rows(tracker.search(Optional.of(user.name()), filter, DASHBOARD_LIMIT)));
        frame.send(response, 200, model);
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

    void issuePage(Request request, Response response, TrackerUser user, String key) throws IOException {
        Optional<TrackerIssue> found = tracker.issue(Optional.of(user.name()), key);
        if (found.isEmpty()) {
            frame.notFound(request, response, Optional.of(user));
            return;
        }
        TrackerIssue issue = found.get();
        List<PageViews.CommentView> comments = new ArrayList<>();
        for (TrackerComment c : tracker.comments(issue)) {
            comments.add(new PageViews.CommentView(c, tracker.user(c.author()).orElse(null)));
        }
        List<PageViews.ChangeView> history = new ArrayList<>();
        tracker.history(issue).forEach(c -> history.add(new PageViews.ChangeView(c, tracker.user(c.author()).orElse(null))));
        Map<String, Object> model = frame.model(request, Optional.of(user), "[" + issue.key() + "] " + issue.summary(),
                "dashboard", "templates/devhost/issue.vm", "devhost-issue-page");
        model.put("issue", issue);
        model.put("assignee", issue.assignee().flatMap(tracker::user).orElse(null));
        model.put("reporter", issue.reporter().flatMap(tracker::user).orElse(null));
        model.put("comments", comments);
        model.put("history", history);
        model.put("links", tracker.links(Optional.of(user.name()), issue));
        model.put("transitions", Transition.availableFor(issue));
        model.put("assignable", tracker.assignableUsers(issue));
        String error = request.getParameter("error");
        model.put("formError", error != null && error.matches("[a-z]{1,20}") ? "social.devhost.issue.error." + error : null);
        String done = request.getParameter("done");
        model.put("formDone", done != null && done.matches("created|resolve|reopen") ? "social.devhost.issue.done." + done : null);
        frame.send(response, 200, model);
    }

    void addComment(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        backToIssue(response, key, "?error=comment#add-comment",
                () -> "#comment-" + tracker.comment(user.name(), key, request.getParameter("comment")).id());
    }

    void assign(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        String assignee = request.getParameter("assignee");
        backToIssue(response, key, "?error=assign", () -> {
            tracker.edit(user.name(), key, IssueEdit.assign(assignee == null || assignee.isBlank() ? null : assignee));
            return "";
        });
    }

    void transition(Request request, Response response, TrackerUser user) {
        String key = request.getParameter("key");
        backToIssue(response, key, "?error=transition", () -> {
            tracker.transition(user.name(), key, request.getParameter("action"), null, null);
            // The page says what happened (as Jira's flag does): "SD-12 resolved."
            return Transition.byIdOrName(request.getParameter("action"))
                    .map(t -> "?done=" + t.name().toLowerCase(Locale.ROOT)).orElse("");
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
            answers.seeOther(response, "/browse/" + frame.tools().encode(key) + anchor);
        } catch (TrackerException e) {
            if (e.reason() == TrackerException.Reason.NOT_FOUND) {
                throw e;
            }
            answers.seeOther(response, "/browse/" + frame.tools().encode(key) + refused);
        }
    }

    void createIssue(Request request, Response response, TrackerUser user) throws IOException {
        Map<String, String> values = new HashMap<>();
        String error = null;
        if (request.getMethod() == Method.POST) {
            for (String field : List.of("pid", "issuetype", "summary", "description")) {
                values.put(field, Optional.ofNullable(request.getParameter(field)).orElse(""));
            }
            try {
                TrackerIssue issue = tracker.create(user.name(), new NewIssue(values.get("pid"), values.get("issuetype"),
                        values.get("summary"), values.get("description"), null));
                answers.seeOther(response, "/browse/" + issue.key() + "?done=created");
                return;
            } catch (TrackerException e) {
                error = e.getMessage();
            }
        } else if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
            answers.error(response, 405, "method_not_allowed", "This method is not allowed here.");
            return;
        }
        I18nBundle i18n = frame.bundle(request);
        Map<String, Object> model = frame.model(request, Optional.of(user), i18n.text("social.devhost.create.title"),
                "create", "templates/devhost/create.vm", "devhost-create-page");
        List<TrackerProject> projects = tracker.browsableProjects(Optional.of(user.name()));
        model.put("projects", projects);
        model.put("issueTypes", DemoTracker.ISSUE_TYPES);
        model.put("values", values);
        model.put("createError", error);
        frame.send(response, error == null ? 200 : 400, model);
    }
}
