package com.socialitsm.devhost.tracker;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.devhost.jql.JqlQuery;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.host.IssueChange;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * The devhost's small issue tracker: projects, issues, comments, assignment, and a two-step workflow (Resolve,
 * Reopen). No workflow engine; a small JQL subset ({@link #search(Optional, JqlQuery, int, int)}). Every write is one database transaction that also hands the resulting
 * {@link IssueChange}s to the {@link SocialEngine} (nested transactions join), so the tracker's rows and the app's
 * reaction commit or roll back together, as an {@code IssueEvent} listener in Jira runs in Jira's transaction.
 * Every operation checks that the actor may browse the issue's project; an issue the caller cannot see is reported
 * exactly like a missing one.
 */
public final class DemoTracker {
    public static final List<String> ISSUE_TYPES = List.of("Incident", "Service Request", "Problem", "Change", "Task");
    /** Link types as Jira ships them: name, outward phrase, inward phrase. */
    public static final List<List<String>> LINK_TYPES = List.of(
            List.of("Relates", "relates to", "relates to"),
            List.of("Problem/Incident", "causes", "is caused by"),
            List.of("Duplicate", "duplicates", "is duplicated by"),
            List.of("Blocks", "blocks", "is blocked by"));
    public static final List<String> RESOLUTIONS = List.of("Fixed", "Done", "Won't Fix", "Duplicate", "Cannot Reproduce");
    /** Attempts for a write that loses a race (two nodes taking the same issue number). */
    private static final int RACE_ATTEMPTS = 5;

    private final Store store;
    private final Clock clock;
    private final SocialEngine engine;
    private final TrackerCatalog catalog;
    private final TrackerSearch searches;

    public DemoTracker(Store store, Clock clock, SocialEngine engine, TrackerDirectory directory) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.engine = Objects.requireNonNull(engine);
        this.catalog = directory.catalog();
        this.searches = new TrackerSearch(store, catalog);
    }

    // ---------------------------------------------------------------- reads

    public Optional<TrackerIssue> issue(Optional<String> viewer, String key) {
        if (key == null || key.isBlank() || key.length() > 40) {
            return Optional.empty();
        }
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class,
                Query.select().where("ISSUE_KEY = ?", key.trim().toUpperCase(Locale.ROOT)));
        if (rows.length == 0) {
            return Optional.empty();
        }
        TrackerIssue issue = toIssue(rows[0]);
        return catalog.current().canBrowse(viewer, issue.project()) ? Optional.of(issue) : Optional.empty();
    }

    /** The issue, or {@link TrackerException#issueNotFound()} when it is missing or hidden from the viewer. */
    public TrackerIssue requireIssue(Optional<String> viewer, String key) {
        return issue(viewer, key).orElseThrow(TrackerException::issueNotFound);
    }

    public List<TrackerComment> comments(TrackerIssue issue) {
        List<TrackerComment> comments = new ArrayList<>();
        for (DemoCommentEntity c : store.find(DemoCommentEntity.class,
                Query.select().where("ISSUE_ID = ?", (int) issue.id()).order("ID"))) {
            comments.add(toComment(c));
        }
        return comments;
    }

    /** The issue's links to issues the viewer may browse, outward first, each with its phrase. */
    public List<TrackerLink> links(Optional<String> viewer, TrackerIssue issue) {
        List<TrackerLink> links = new ArrayList<>();
        for (boolean outward : new boolean[] {true, false}) {
            for (DemoIssueLinkEntity row : store.find(DemoIssueLinkEntity.class, Query.select().where(
                    (outward ? "SOURCE_ID" : "DESTINATION_ID") + " = ?", (int) issue.id()).order("ID"))) {
                DemoIssueEntity[] other = store.find(DemoIssueEntity.class, Query.select().where("ID = ?",
                        outward ? row.getDestinationId() : row.getSourceId()));
                if (other.length == 0) {
                    continue;
                }
                TrackerIssue otherIssue = toIssue(other[0]);
                if (!catalog.current().canBrowse(viewer, otherIssue.project())) {
                    continue;
                }
                List<String> type = LINK_TYPES.stream().filter(t -> t.get(0).equals(row.getLinkType())).findFirst()
                        .orElse(List.of(row.getLinkType(), "links to", "is linked from"));
                links.add(new TrackerLink(type.get(outward ? 1 : 2), otherIssue.key(), otherIssue.summary(),
                        otherIssue.status()));
            }
        }
        return links;
    }

    /**
     * Links {@code fromKey} (outward) to {@code toKey} with a link type of {@link #LINK_TYPES}, as {@code actor}, who
     * must be able to browse both; linking twice keeps one link.
     */
    public void link(String actor, String fromKey, String toKey, String linkType) {
        TrackerIssue from = requireIssue(Optional.of(actor), fromKey);
        TrackerIssue to = requireIssue(Optional.of(actor), toKey);
        String type = LINK_TYPES.stream().map(t -> t.get(0)).filter(t -> t.equalsIgnoreCase(
                Objects.toString(linkType, "").trim())).findFirst().orElseThrow(() -> TrackerException.invalid(
                "issuelinks", "valid link type is required (one of " + String.join(", ",
                        LINK_TYPES.stream().map(t -> t.get(0)).toList()) + ")"));
        String linkKey = from.id() + "|" + to.id() + "|" + type;
        write(() -> {
            if (store.count(DemoIssueLinkEntity.class, "LINK_KEY = ?", linkKey) == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("LINK_KEY", linkKey);
                row.put("SOURCE_ID", (int) from.id());
                row.put("DESTINATION_ID", (int) to.id());
                row.put("LINK_TYPE", type);
                row.put("AUTHOR", actor);
                row.put("CREATED_AT", clock.millis());
                store.create(DemoIssueLinkEntity.class, row);
            }
            return null;
        });
    }

    public List<TrackerChange> history(TrackerIssue issue) {
        List<TrackerChange> changes = new ArrayList<>();
        for (DemoChangeEntity c : store.find(DemoChangeEntity.class,
                Query.select().where("ISSUE_ID = ?", (int) issue.id()).order("ID"))) {
            changes.add(new TrackerChange(c.getID(), c.getAuthor(), IssueChange.Kind.valueOf(c.getChangeKind()),
                    c.getDetail() == null ? "" : c.getDetail(), Instant.ofEpochMilli(c.getCreatedAt())));
        }
        return changes;
    }

    /** The issues of a dashboard list the viewer may browse, most recently updated first. */
    public List<TrackerIssue> search(Optional<String> viewer, IssueFilter filter, int limit) {
        return searches.dashboard(viewer, filter, limit);
    }

    /**
     * {@code GET /rest/api/2/search}: the issues the viewer may browse that match the query, {@code maxResults}
     * (at most 1,000) from {@code startAt}, and their exact total. Throws {@link com.socialitsm.devhost.jql.JqlException}
     * for a project the viewer cannot see, as Jira does.
     */
    public SearchPage search(Optional<String> viewer, JqlQuery query, int startAt, int maxResults) {
        return searches.search(viewer, query, startAt, maxResults);
    }

    public List<TrackerProject> browsableProjects(Optional<String> viewer) {
        TrackerCatalog.Snapshot snapshot = catalog.current();
        return snapshot.projectsByKey().values().stream().filter(p -> snapshot.canBrowse(viewer, p)).toList();
    }

    /** A project by id, whoever may browse it (for the portal, which decides itself what a customer sees of it). */
    public Optional<TrackerProject> project(long projectId) {
        return catalog.project(projectId);
    }

    public Optional<TrackerUser> user(String name) {
        return catalog.user(name);
    }

    /** Active users who may browse the issue's project, by display name. */
    public List<TrackerUser> assignableUsers(TrackerIssue issue) {
        TrackerCatalog.Snapshot snapshot = catalog.current();
        return snapshot.users().values().stream()
                .filter(u -> snapshot.canBrowse(Optional.of(u.name()), issue.project()))
                .sorted(Comparator.comparing(TrackerUser::displayName))
                .toList();
    }

    public boolean isEmpty() {
        return store.count(DemoProjectEntity.class, Query.select()) == 0;
    }

    // ---------------------------------------------------------------- writes

    public TrackerIssue create(String actor, NewIssue spec) {
        Optional<String> viewer = Optional.of(actor);
        TrackerProject project = Optional.ofNullable(spec.projectKey()).flatMap(catalog::project)
                .filter(p -> catalog.current().canBrowse(viewer, p))
                .orElseThrow(() -> TrackerException.invalid("project", "valid project is required"));
        String summary = TrackerInputs.validSummary(spec.summary());
        String type = ISSUE_TYPES.stream().filter(t -> t.equalsIgnoreCase(Objects.toString(spec.issueType(), "").trim()))
                .findFirst().orElseThrow(() -> TrackerException.invalid("issuetype",
                        "valid issue type is required (one of " + String.join(", ", ISSUE_TYPES) + ")"));
        String description = TrackerInputs.validText("description", spec.description(), false);
        String assignee = spec.assignee() == null ? null : assignable(spec.assignee(), project);
        return insert(actor, project, type, summary, description, assignee);
    }

    /**
     * JSM's customer request: an issue of the portal's project raised by a portal customer, who browses no project
     * (so {@link #create} would refuse them), with the customer as its reporter. It goes through the engine like any
     * other new issue. The caller (the devhost's portal) has checked that the customer may use the portal.
     */
    public TrackerIssue raiseRequest(String customer, String projectKey, String issueType, String summary,
                                     String description) {
        TrackerProject project = catalog.project(projectKey)
                .orElseThrow(() -> TrackerException.invalid("serviceDeskId", "valid service desk is required"));
        String validSummary = TrackerInputs.validSummary(summary);
        String type = ISSUE_TYPES.stream().filter(t -> t.equalsIgnoreCase(issueType)).findFirst()
                .orElseThrow(() -> TrackerException.invalid("requestTypeId", "valid request type is required"));
        String validDescription = TrackerInputs.validText("description", description, false);
        return insert(customer, project, type, validSummary, validDescription, null);
    }

    /** The issues of the project whose reporter is the user, newest first (JSM's "my requests"), at most 200. */
    public List<TrackerIssue> reportedBy(String reporter, String projectKey) {
        Optional<TrackerProject> project = catalog.project(projectKey);
        if (project.isEmpty()) {
            return List.of();
        }
        List<TrackerIssue> found = new ArrayList<>();
        for (DemoIssueEntity row : store.find(DemoIssueEntity.class, Query.select()
                .where("PROJECT_ID = ? AND REPORTER = ?", (int) project.get().id(), reporter)
                .order("ID DESC").limit(200))) {
            found.add(toIssue(row));
        }
        return found;
    }

    /**
     * The issue whatever the viewer may browse: only for the portal, which decides itself who sees a request
     * (its reporter, the portal's agents); everything else uses {@link #issue}.
     */
    public Optional<TrackerIssue> issueForPortal(String key) {
        if (key == null || key.isBlank() || key.length() > 40) {
            return Optional.empty();
        }
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class,
                Query.select().where("ISSUE_KEY = ?", key.trim().toUpperCase(Locale.ROOT)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toIssue(rows[0]));
    }

    /**
     * A comment on a request through the portal (JSM's request comment): public, or internal (agents only; the portal
     * refuses internal comments from customers). The caller has checked that the actor may see the request.
     */
    public TrackerComment portalComment(String actor, TrackerIssue request, String body, boolean internal) {
        String text = TrackerInputs.validText("body", body, true);
        return write(() -> addComment(request.id(), actor, text, internal));
    }

    private TrackerIssue insert(String actor, TrackerProject project, String type, String summary, String description,
                                String assignee) {
        return write(() -> {
            DemoIssueEntity[] last = store.find(DemoIssueEntity.class, Query.select()
                    .where("PROJECT_ID = ?", (int) project.id()).order("ISSUE_NUMBER DESC").limit(1));
            int number = last.length == 0 ? 1 : last[0].getIssueNumber() + 1;
            long now = clock.millis();
            Map<String, Object> row = new HashMap<>();
            row.put("PROJECT_ID", (int) project.id());
            row.put("ISSUE_NUMBER", number);
            row.put("ISSUE_KEY", project.key() + "-" + number);
            row.put("SUMMARY", summary);
            row.put("DESCRIPTION", description);
            row.put("ISSUE_TYPE", type);
            row.put("STATUS", TrackerIssue.STATUS_OPEN);
            row.put("REPORTER", actor);
            if (assignee != null) {
                row.put("ASSIGNEE", assignee);
            }
            row.put("CREATED_AT", now);
            row.put("UPDATED_AT", now);
            row.put("RESOLVED_AT", 0L);
            TrackerIssue issue = toIssue(store.create(DemoIssueEntity.class, row));
            engine.handle(recordChange(issue, actor, IssueChange.Kind.CREATED, "Created", 0, now));
            return issue;
        });
    }

    /** Changes summary and description (one UPDATED change) and the assignee (one ASSIGNED change), as asked. */
    public TrackerIssue edit(String actor, String key, IssueEdit edit) {
        TrackerIssue current = requireIssue(Optional.of(actor), key);
        String summary = edit.summary() == null ? null : TrackerInputs.validSummary(edit.summary());
        String description = edit.description() == null ? null
                : TrackerInputs.validText("description", edit.description(), false);
        String assignee = edit.changeAssignee() && edit.assignee() != null
                ? assignable(edit.assignee(), current.project()) : null;
        return write(() -> {
            DemoIssueEntity row = entity(current.id());
            long now = clock.millis();
            List<String> changed = new ArrayList<>();
            if (summary != null && !summary.equals(row.getSummary())) {
                row.setSummary(summary);
                changed.add("Summary");
            }
            if (description != null && !description.equals(Objects.toString(row.getDescription(), ""))) {
                row.setDescription(description);
                changed.add("Description");
            }
            if (!changed.isEmpty()) {
                row.setUpdatedAt(now);
                row.save();
                engine.handle(recordChange(toIssue(row), actor, IssueChange.Kind.UPDATED,
                        String.join(", ", changed), 0, now));
            }
            String previous = row.getAssignee();
            if (edit.changeAssignee() && !Objects.equals(previous, assignee)) {
                row.setAssignee(assignee);
                row.setUpdatedAt(now);
                row.save();
                String detail = "Assignee: " + Objects.toString(previous, "Unassigned") + " → "
                        + Objects.toString(assignee, "Unassigned");
                engine.handle(recordChange(toIssue(row), actor, IssueChange.Kind.ASSIGNED, detail, 0, now)
                        .withPreviousAssignee(previous));
            }
            return toIssue(row);
        });
    }

    public TrackerComment comment(String actor, String key, String body) {
        return comment(actor, key, body, false);
    }

    /** A comment by a user who may browse the issue; {@code internal}: JSM's internal comment (agents only). */
    public TrackerComment comment(String actor, String key, String body, boolean internal) {
        TrackerIssue current = requireIssue(Optional.of(actor), key);
        String text = TrackerInputs.validText("comment", body, true);
        return write(() -> addComment(current.id(), actor, text, internal));
    }

    /**
     * Runs a transition (by Jira's id or by name) with an optional resolution (Resolve: default "Fixed") and an
     * optional comment added in the same transaction, as Jira's transition screen does.
     */
    public TrackerIssue transition(String actor, String key, String transitionIdOrName, String resolution,
                                   String comment) {
        TrackerIssue current = requireIssue(Optional.of(actor), key);
        Transition transition = Transition.byIdOrName(transitionIdOrName)
                .filter(t -> Transition.availableFor(current).contains(t))
                .orElseThrow(() -> TrackerException.invalid("transition", "Transition '"
                        + Objects.toString(transitionIdOrName, "") + "' is not valid for " + current.key()
                        + " in its current state (" + current.status() + ")."));
        String resolutionName = transition != Transition.RESOLVE ? null : resolution == null ? "Fixed"
                : RESOLUTIONS.stream().filter(r -> r.equalsIgnoreCase(resolution.trim())).findFirst()
                .orElseThrow(() -> TrackerException.invalid("resolution",
                        "valid resolution is required (one of " + String.join(", ", RESOLUTIONS) + ")"));
        String commentText = comment == null || comment.isBlank() ? null
                : TrackerInputs.validText("comment", comment, true);
        return write(() -> {
            if (commentText != null) {
                addComment(current.id(), actor, commentText);
            }
            DemoIssueEntity row = entity(current.id());
            long now = clock.millis();
            IssueChange.Kind kind;
            String detail;
            if (transition == Transition.RESOLVE) {
                row.setStatus(TrackerIssue.STATUS_RESOLVED);
                row.setResolution(resolutionName);
                row.setResolvedAt(now);
                kind = IssueChange.Kind.RESOLVED;
                detail = "Status: " + current.status() + " → Resolved (" + resolutionName + ")";
            } else {
                row.setStatus(TrackerIssue.STATUS_REOPENED);
                row.setResolution(null);
                row.setResolvedAt(0L);
                kind = IssueChange.Kind.REOPENED;
                detail = "Status: " + current.status() + " → Reopened";
            }
            row.setUpdatedAt(now);
            row.save();
            TrackerIssue after = toIssue(row);
            engine.handle(recordChange(after, actor, kind, detail, 0, now));
            return after;
        });
    }

    // ---------------------------------------------------------------- set-up (demo data)

    /** Adds a user unless one with that name exists; true if added. */
    public boolean addUser(TrackerUser user) {
        boolean added = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            if (store.count(DemoUserEntity.class, "USER_NAME = ?", user.name()) > 0) {
                return false;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("USER_NAME", user.name());
            row.put("DISPLAY_NAME", user.displayName());
            row.put("EMAIL", user.email());
            row.put("JOB_TITLE", user.jobTitle());
            row.put("ADMINISTRATOR", user.admin());
            row.put("ACTIVE", user.active());
            store.create(DemoUserEntity.class, row);
            return true;
        });
        catalog.invalidate();
        return added;
    }

    /**
     * Adds a project unless one with that key exists; true if added. A restricted project is browsable only by
     * {@code browsers}.
     */
    public boolean addProject(TrackerProject project, Collection<String> browsers) {
        boolean added = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            if (store.count(DemoProjectEntity.class, "PROJECT_KEY = ?", project.key()) > 0) {
                return false;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("PROJECT_KEY", project.key());
            row.put("NAME", project.name());
            row.put("DESCRIPTION", project.description());
            row.put("LEAD_USER", project.lead());
            row.put("RESTRICTED", project.restricted());
            DemoProjectEntity created = store.create(DemoProjectEntity.class, row);
            List<Map<String, Object>> grants = new ArrayList<>();
            for (String user : Set.copyOf(browsers)) {
                grants.add(Map.of("GRANT_KEY", created.getID() + "|" + user, "PROJECT_ID", created.getID(),
                        "USER_NAME", user));
            }
            store.create(DemoBrowseGrantEntity.class, grants);
            return true;
        });
        catalog.invalidate();
        return added;
    }

    // ---------------------------------------------------------------- internals

    private <T> T write(Store.TransactionWork<T> work) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, work);
    }

    private TrackerComment addComment(long issueId, String actor, String text) {
        return addComment(issueId, actor, text, false);
    }

    private TrackerComment addComment(long issueId, String actor, String text, boolean internal) {
        long now = clock.millis();
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", (int) issueId);
        row.put("AUTHOR", actor);
        row.put("BODY", text);
        row.put("CREATED_AT", now);
        row.put("INTERNAL_COMMENT", internal);
        DemoCommentEntity created = store.create(DemoCommentEntity.class, row);
        DemoIssueEntity issueRow = entity(issueId);
        issueRow.setUpdatedAt(now);
        issueRow.save();
        engine.handle(recordChange(toIssue(issueRow), actor, IssueChange.Kind.COMMENTED, "Comment",
                created.getID(), now).withComment(text));
        return toComment(created);
    }

    private IssueChange recordChange(TrackerIssue issue, String actor, IssueChange.Kind kind, String detail,
                                     int commentId, long at) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", (int) issue.id());
        row.put("AUTHOR", actor);
        row.put("CHANGE_KIND", kind.name());
        row.put("DETAIL", detail.length() > 255 ? detail.substring(0, 255) : detail);
        row.put("COMMENT_ID", commentId);
        row.put("CREATED_AT", at);
        DemoChangeEntity change = store.create(DemoChangeEntity.class, row);
        return IssueChange.of(changeId(change.getID()), issue.toIssueRef(), actor, kind, Instant.ofEpochMilli(at));
    }

    /** The engine's idempotency key of a tracker change: stable, so redelivering the change is a no-op. */
    static String changeId(long changeRowId) {
        return "devhost-change-" + changeRowId;
    }

    private DemoIssueEntity entity(long issueId) {
        DemoIssueEntity[] rows = store.find(DemoIssueEntity.class, Query.select().where("ID = ?", (int) issueId));
        if (rows.length == 0) {
            throw TrackerException.issueNotFound();
        }
        return rows[0];
    }

    private String assignable(String userName, TrackerProject project) {
        return catalog.user(userName)
                .filter(u -> u.active() && catalog.current().canBrowse(Optional.of(u.name()), project))
                .map(TrackerUser::name)
                .orElseThrow(() -> TrackerException.invalid("assignee",
                        "User '" + userName + "' cannot be assigned issues."));
    }

    private TrackerIssue toIssue(DemoIssueEntity row) {
        return catalog.issue(row);
    }

    private static TrackerComment toComment(DemoCommentEntity c) {
        return new TrackerComment(c.getID(), c.getIssueId(), c.getAuthor(), Objects.toString(c.getBody(), ""),
                Instant.ofEpochMilli(c.getCreatedAt()), Boolean.TRUE.equals(c.getInternalComment()));
    }
}
