package com.socialitsm.knownissue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.InList;
import com.socialitsm.store.KnownIssueEntity;
import com.socialitsm.store.KnownIssueFollowerEntity;
import com.socialitsm.store.KnownIssueMeTooEntity;
import com.socialitsm.store.KnownIssueUpdateEntity;
import com.socialitsm.store.Store;

/**
 * Known issues on the customer portal: agents write them, the portal's customers read them, say "me too" and follow.
 *
 * <p>Permission edges, in this order: an anonymous caller gets {@link Problem#NOT_LOGGED_IN}; a caller who is an
 * agent of no portal gets {@link Problem#FORBIDDEN} for every agent action (decided before looking at the issue, so
 * the answer says nothing about which issues exist); a known issue or portal the caller may not use is
 * {@link Problem#NOT_FOUND}, identical to a missing one. Me-too and follow are for customers: an agent of the portal
 * upvotes the issue instead ({@link Problem#FORBIDDEN}).
 *
 * <p>"Me too" is a KNOWN_ISSUE_ME_TOO row with the unique key {@code id|customer}: its insert decides, so a double
 * click, two tabs or two nodes give one row, and the count shown is {@code COUNT} of the rows (never a counter).
 */
public final class KnownIssueService {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_UPDATE = 2_000;
    /** The most known issues one portal lists (newest first); older ones are history. */
    public static final int MAX_LISTED = 50;
    static final int MAX_UPDATES_SHOWN = 50;
    private static final int RACE_ATTEMPTS = 5;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final CustomerPortals portals;
    private final ActivityService activity;

    public KnownIssueService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access,
                             CustomerPortals portals, ActivityService activity) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.access = access;
        this.portals = portals;
        this.activity = activity;
    }

    // ----- agents -------------------------------------------------------------------------------------------------

    /** Turns an issue into a known issue of its project's portal. One transaction; a second one for the issue is 409. */
    public Outcome<KnownIssue> create(Optional<String> agent, KnownIssueDraft draft) {
        Optional<Outcome<KnownIssue>> refused = refuseNonAgent(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> invalid = invalidTitle(draft.title()).or(() -> invalidText(draft.text()));
        if (invalid.isPresent()) {
            return Outcome.refused(Problem.INVALID, "invalid", invalid.get());
        }
        Optional<KnownIssueStatus> status = draft.status().isEmpty() ? Optional.of(KnownIssueStatus.INVESTIGATING)
                : KnownIssueStatus.parse(draft.status().get());
        if (status.isEmpty()) {
            return badStatus();
        }
        Optional<IssueRef> found = draft.issueKey() == null ? Optional.empty() : issues.byKey(draft.issueKey().trim());
        if (found.isEmpty() || !access.canBrowse(agent, found.get().id())) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such issue, or you may not see it.");
        }
        IssueRef issue = found.get();
        Optional<PortalRef> portal = portals.portalOfProject(issue.projectId());
        if (portal.isEmpty()) {
            return Outcome.refused(Problem.CONFLICT, "no_portal", "The issue's project has no customer portal.");
        }
        if (!portals.isAgent(agent, portal.get().id())) {
            return notAnAgent();
        }
        long now = clock.millis();
        String title = draft.title().strip();
        String text = draft.text().strip();
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            Map<String, Object> row = new HashMap<>();
            row.put("ISSUE_ID", issue.id());
            row.put("PROJECT_ID", issue.projectId());
            row.put("PORTAL_ID", portal.get().id());
            row.put("TITLE", title);
            row.put("PUBLIC_TEXT", text);
            row.put("STATE", status.get().wire());
            row.put("CREATED_BY", agent.get());
            row.put("CREATED_AT", now);
            row.put("UPDATED_AT", now);
            KnownIssueEntity created = store.create(KnownIssueEntity.class, row);
            // The licensed side hears it too: the issue's followers read what customers now read (the public title).
            activity.record(ActivityDraft.onIssue("known-issue:" + created.getID(), Verb.KNOWN_ISSUE, agent.get(),
                    issue, List.of(), Instant.ofEpochMilli(now)).withDetail(title));
            return Outcome.done(agentView(created, issue.key()));
        }, () -> byIssue(issue.id()).map(existing -> Outcome.<KnownIssue>refused(Problem.CONFLICT, "already_known",
                "The issue is already a known issue.")));
    }

    /** Changes a known issue; an update message (or a status change) becomes a public update for its followers. */
    public Outcome<KnownIssue> edit(Optional<String> agent, long id, KnownIssueEdit edit) {
        Optional<Outcome<KnownIssue>> refused = refuseNonAgent(agent);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> invalid = edit.title().flatMap(KnownIssueService::invalidTitle)
                .or(() -> edit.text().flatMap(KnownIssueService::invalidText))
                .or(() -> edit.update().flatMap(KnownIssueService::invalidUpdate));
        if (invalid.isPresent()) {
            return Outcome.refused(Problem.INVALID, "invalid", invalid.get());
        }
        Optional<KnownIssueStatus> status = Optional.empty();
        if (edit.status().isPresent()) {
            status = KnownIssueStatus.parse(edit.status().get());
            if (status.isEmpty()) {
                return badStatus();
            }
        }
        Optional<KnownIssueEntity> found = row(id);
        Optional<IssueRef> issue = found.flatMap(row -> issues.byId(row.getIssueId()));
        if (found.isEmpty() || issue.isEmpty() || !access.canBrowse(agent, issue.get().id())) {
            return noSuchKnownIssue();
        }
        if (!portals.isAgent(agent, found.get().getPortalId())) {
            return notAnAgent();
        }
        Optional<KnownIssueStatus> newStatus = status;
        long now = clock.millis();
        return store.executeInTransaction(() -> {
            KnownIssueEntity row = store.get(KnownIssueEntity.class, found.get().getID());
            KnownIssueStatus before = KnownIssueStatus.parse(row.getState()).orElse(KnownIssueStatus.INVESTIGATING);
            edit.title().ifPresent(title -> row.setTitle(title.strip()));
            edit.text().ifPresent(text -> row.setPublicText(text.strip()));
            KnownIssueStatus after = newStatus.orElse(before);
            row.setState(after.wire());
            row.setUpdatedAt(now);
            row.save();
            Optional<String> message = edit.update().map(String::strip).filter(m -> !m.isEmpty());
            if (message.isPresent() || after != before) {
                KnownIssueUpdateEntity update = store.create(KnownIssueUpdateEntity.class, Map.of(
                        "KNOWN_ISSUE_ID", (long) row.getID(),
                        "AUTHOR", agent.get(),
                        "MESSAGE", message.orElse(""),
                        "STATE", after.wire(),
                        "CREATED_AT", now));
                // A public update reaches the issue's followers in the app's feed as it reaches the portal's.
                activity.record(ActivityDraft.onIssue("known-issue-update:" + update.getID(), Verb.KNOWN_ISSUE,
                        agent.get(), issue.get(), List.of(), Instant.ofEpochMilli(now))
                        .withDetail(message.orElse(after.wire())));
            }
            return Outcome.done(agentView(row, issue.get().key()));
        });
    }

    /**
     * The issue's known issue as the issue view shows it: for an agent of the issue's portal whether it is one (and
     * which); for anyone else who may browse the issue, anonymous viewers too (the issue view's panels are read
     * anonymously where Jira allows it), only that they are no agent of its portal. A hidden or missing issue is not
     * found.
     */
    public Outcome<IssueKnownIssue> ofIssue(Optional<String> viewer, String issueKey) {
        Optional<IssueRef> issue = issueKey == null ? Optional.empty() : issues.byKey(issueKey.trim())
                .filter(found -> access.canBrowse(viewer, found.id()));
        if (issue.isEmpty()) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such issue, or you may not see it.");
        }
        boolean agent = portals.portalOfProject(issue.get().projectId())
                .filter(portal -> portals.isAgent(viewer, portal.id())).isPresent();
        KnownIssue known = agent ? byIssue(issue.get().id()).map(row -> agentView(row, issue.get().key())).orElse(null)
                : null;
        return Outcome.done(new IssueKnownIssue(issue.get().key(), agent, known));
    }

    // ----- the portal ---------------------------------------------------------------------------------------------

    /** The portal's known issues, newest change first, as the viewer sees them; 404 when the portal is not theirs. */
    public Outcome<List<PortalKnownIssue>> list(Optional<String> viewer, long portalId) {
        if (viewer.isEmpty()) {
            return notLoggedIn();
        }
        if (portals.portal(viewer, portalId).isEmpty()) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such portal, or you may not use it.");
        }
        KnownIssueEntity[] rows = store.find(KnownIssueEntity.class, Query.select()
                .where("PORTAL_ID = ?", portalId).order("UPDATED_AT DESC, ID DESC").limit(MAX_LISTED));
        return Outcome.done(portalViews(viewer.get(), List.of(rows)));
    }

    /** One known issue with its public updates; 404 when it is not on a portal the viewer may use. */
    public Outcome<PortalKnownIssueDetail> detail(Optional<String> viewer, long id) {
        if (viewer.isEmpty()) {
            return notLoggedIn();
        }
        Optional<KnownIssueEntity> row = visibleRow(viewer, id);
        if (row.isEmpty()) {
            return noSuchKnownIssue();
        }
        List<PublicUpdate> updates = new ArrayList<>();
        for (KnownIssueUpdateEntity update : store.find(KnownIssueUpdateEntity.class, Query.select()
                .where("KNOWN_ISSUE_ID = ?", id).order("ID DESC").limit(MAX_UPDATES_SHOWN))) {
            updates.add(new PublicUpdate(update.getID(), update.getMessage() == null ? "" : update.getMessage(),
                    KnownIssueStatus.parse(update.getState()).orElse(KnownIssueStatus.INVESTIGATING),
                    Instant.ofEpochMilli(update.getCreatedAt())));
        }
        return Outcome.done(new PortalKnownIssueDetail(portalViews(viewer.get(), List.of(row.get())).get(0), updates));
    }

    /** Says "me too" (on) or takes it back (off). Idempotent: a second "me too" changes nothing. */
    public Outcome<MeTooState> meToo(Optional<String> customer, long id, boolean on) {
        Optional<Outcome<MeTooState>> refused = refuseForCustomerAction(customer, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String user = customer.get();
        String key = id + "|" + user;
        setRow(KnownIssueMeTooEntity.class, "ME_TOO_KEY", key, on, () -> hasMeToo(key), Map.of(
                "ME_TOO_KEY", key, "KNOWN_ISSUE_ID", id, "CUSTOMER", user, "CREATED_AT", clock.millis()));
        return Outcome.done(new MeTooState(id, meTooCount(id), hasMeToo(key)));
    }

    /** Follows (on) or unfollows (off) the known issue. Idempotent. */
    public Outcome<FollowState> follow(Optional<String> customer, long id, boolean on) {
        Optional<Outcome<FollowState>> refused = refuseForCustomerAction(customer, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String user = customer.get();
        String key = id + "|" + user;
        setRow(KnownIssueFollowerEntity.class, "FOLLOW_KEY", key, on, () -> isFollowing(key), Map.of(
                "FOLLOW_KEY", key, "KNOWN_ISSUE_ID", id, "FOLLOWER", user, "CREATED_AT", clock.millis()));
        return Outcome.done(new FollowState(id, isFollowing(key)));
    }

    /**
     * Makes the customer's row (a me-too, a follow) exist or not, by its unique key: a second "on" changes nothing, and
     * of two racing "on"s the loser's retry finds the winner's row.
     */
    private <T extends RawEntity<K>, K> void setRow(Class<T> type, String keyColumn, String key, boolean on,
                                                  BooleanSupplier present, Map<String, Object> row) {
        if (on) {
            store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
                store.create(type, List.of(row));
                return Boolean.TRUE;
            }, () -> present.getAsBoolean() ? Optional.of(Boolean.FALSE) : Optional.empty());
        } else {
            store.executeInTransaction(() -> store.deleteWithSQL(type, keyColumn + " = ?", key));
        }
    }

    /**
     * The portal's open known issues whose title shares a word (3+ letters) with the text a customer is typing: "is it
     * this?" before a new request. Empty when the portal is not the viewer's.
     */
    public List<PortalKnownIssue> matching(Optional<String> viewer, long portalId, String text, int limit) {
        Outcome<List<PortalKnownIssue>> all = list(viewer, portalId);
        if (!all.isDone() || text == null) {
            return List.of();
        }
        Set<String> words = words(text);
        return all.value().stream()
                .filter(issue -> issue.status() != KnownIssueStatus.FIXED)
                .filter(issue -> words(issue.title() + " " + issue.text()).stream().anyMatch(words::contains))
                .limit(limit).toList();
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3).collect(Collectors.toSet());
    }

    private <T> Optional<Outcome<T>> refuseForCustomerAction(Optional<String> customer, long id) {
        if (customer.isEmpty()) {
            return Optional.of(notLoggedIn());
        }
        Optional<KnownIssueEntity> row = visibleRow(customer, id);
        if (row.isEmpty()) {
            return Optional.of(noSuchKnownIssue());
        }
        if (portals.isAgent(customer, row.get().getPortalId())) {
            return Optional.of(Outcome.refused(Problem.FORBIDDEN, "agent",
                    "Agents upvote the issue itself; \"me too\" and follow here are for customers."));
        }
        return Optional.empty();
    }

    /** The known issue when it is on a portal the viewer may use. */
    private Optional<KnownIssueEntity> visibleRow(Optional<String> viewer, long id) {
        return row(id).filter(row -> portals.portal(viewer, row.getPortalId()).isPresent());
    }

    /** Refuses a caller who is an agent of no portal (anonymous: 401), before anything about the target is looked up. */
    private <T> Optional<Outcome<T>> refuseNonAgent(Optional<String> caller) {
        if (caller.isEmpty()) {
            return Optional.of(notLoggedIn());
        }
        boolean agentSomewhere = portals.portals(caller).stream().anyMatch(p -> portals.isAgent(caller, p.id()));
        return agentSomewhere ? Optional.empty() : Optional.of(notAnAgent());
    }

    private Optional<KnownIssueEntity> row(long id) {
        KnownIssueEntity[] rows = store.find(KnownIssueEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<KnownIssueEntity> byIssue(long issueId) {
        KnownIssueEntity[] rows = store.find(KnownIssueEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private List<PortalKnownIssue> portalViews(String viewer, List<KnownIssueEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (long) row.getID()).toList();
        Map<Long, Integer> counts = new HashMap<>();
        Set<Long> mine = new java.util.HashSet<>();
        Set<Long> following = new java.util.HashSet<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            store.stream(KnownIssueMeTooEntity.class, Query.select("ID, KNOWN_ISSUE_ID, CUSTOMER")
                    .where(InList.in("KNOWN_ISSUE_ID", chunk.size()), chunk.toArray()),
                    row -> {
                        counts.merge(row.getKnownIssueId(), 1, Integer::sum);
                        if (viewer.equals(row.getCustomer())) {
                            mine.add(row.getKnownIssueId());
                        }
                    });
            for (KnownIssueFollowerEntity row : store.find(KnownIssueFollowerEntity.class, Query.select()
                    .where("FOLLOWER = ? AND " + InList.in("KNOWN_ISSUE_ID", chunk.size()),
                            prepend(viewer, chunk)))) {
                following.add(row.getKnownIssueId());
            }
        }
        return rows.stream().map(row -> {
            long id = row.getID();
            return new PortalKnownIssue(id, row.getTitle(), text(row), status(row), counts.getOrDefault(id, 0),
                    mine.contains(id), following.contains(id), Instant.ofEpochMilli(row.getUpdatedAt()));
        }).toList();
    }

    private static Object[] prepend(Object first, List<Long> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    private KnownIssue agentView(KnownIssueEntity row, String issueKey) {
        long id = row.getID();
        return new KnownIssue(id, row.getPortalId(), issueKey, row.getTitle(), text(row), status(row), meTooCount(id),
                store.count(KnownIssueFollowerEntity.class, "KNOWN_ISSUE_ID = ?", id),
                Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    private static String text(KnownIssueEntity row) {
        return row.getPublicText() == null ? "" : row.getPublicText();
    }

    private static KnownIssueStatus status(KnownIssueEntity row) {
        return KnownIssueStatus.parse(row.getState()).orElse(KnownIssueStatus.INVESTIGATING);
    }

    int meTooCount(long id) {
        return store.count(KnownIssueMeTooEntity.class, "KNOWN_ISSUE_ID = ?", id);
    }

    private boolean hasMeToo(String key) {
        return store.count(KnownIssueMeTooEntity.class, "ME_TOO_KEY = ?", key) > 0;
    }

    private boolean isFollowing(String key) {
        return store.count(KnownIssueFollowerEntity.class, "FOLLOW_KEY = ?", key) > 0;
    }

    static Optional<String> invalidTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("title is required.");
        }
        return title.strip().length() > MAX_TITLE
                ? Optional.of("title must be at most " + MAX_TITLE + " characters.") : Optional.empty();
    }

    static Optional<String> invalidText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("text is required.");
        }
        return text.strip().length() > MAX_TEXT
                ? Optional.of("text must be at most " + MAX_TEXT + " characters.") : Optional.empty();
    }

    private static Optional<String> invalidUpdate(String update) {
        return update.strip().length() > MAX_UPDATE
                ? Optional.of("update must be at most " + MAX_UPDATE + " characters.") : Optional.empty();
    }

    private static <T> Outcome<T> badStatus() {
        return Outcome.refused(Problem.INVALID, "invalid", "status must be investigating, identified or fixed.");
    }

    private static <T> Outcome<T> notLoggedIn() {
        return Outcome.refused(Problem.NOT_LOGGED_IN, "not_logged_in", "Log in first.");
    }

    private static <T> Outcome<T> notAnAgent() {
        return Outcome.refused(Problem.FORBIDDEN, "not_an_agent", "Only the portal's agents may do this.");
    }

    private static <T> Outcome<T> noSuchKnownIssue() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such known issue, or you may not see it.");
    }
}
