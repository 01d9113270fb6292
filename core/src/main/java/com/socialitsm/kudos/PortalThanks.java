package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.Store;

/**
 * A portal customer thanks the agents who worked on their request (issue #17 part 2): once per customer and request,
 * at most {@link PortalThanksRules#dailyCap()} requests per customer and UTC day, never to themselves. Each agent gets
 * a KUDOS row (so the thanks shows among the kudos received on their profile), the rule's points in the ledger
 * (reason {@code portal-thanks}) and a "kudos" activity on the request (their feed; the feed is for licensed users,
 * so a customer's name reaches agents only).
 *
 * <p>Who worked on it: the request's assignee and its first responder (the ledger's {@code first-response} award on
 * the issue, the first comment by someone other than the reporter), each only while they are an agent of the
 * request's portal. The host port gives the assignee; comments are not in it, and the first responder is what the app
 * already records.
 *
 * <p>Races: the first agent's ledger row takes the slot {@code portal-thanks|customer|day|n} (n = the customer's
 * thanks so far that day), unique whatever the points; two thanks racing (same request or not) collide on it, and
 * the retry sees the winner: "already thanked" (409) for the same request, the next place of the day otherwise.
 */
public final class PortalThanks {
    /** The longest thanks message, in characters. */
    public static final int MAX_MESSAGE = 2000;
    static final String PAIR_PREFIX = "thanks|";
    private static final int RACE_ATTEMPTS = 20;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final CustomerPortals portals;
    private final ActivityService activity;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final Badges badges;

    public PortalThanks(Store store, Clock clock, IssueDirectory issues, UserDirectory users, CustomerPortals portals,
                        ActivityService activity) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.issues = Objects.requireNonNull(issues);
        this.users = Objects.requireNonNull(users);
        this.portals = Objects.requireNonNull(portals);
        this.activity = Objects.requireNonNull(activity);
        this.settings = new KudosSettings(store);
        this.ledger = new Ledger(store);
        this.badges = new Badges(store, clock, ledger);
    }

    /** A thanks given: its id (the first agent's KUDOS row), the agents thanked (display names) and points each. */
    public record Receipt(long id, List<String> to, int points) {
        public Receipt {
            to = List.copyOf(to);
        }
    }

    /**
     * The viewer thanks the agents of request {@code issueKey}. Anonymous: 401. Not a customer of the request: 404
     * (as missing), except for the portal's agents, who see the request: 403. A message over {@link #MAX_MESSAGE}: 400.
     * Nobody but the customer worked on it yet: 409 {@code no_agent}. Thanked before: 409 {@code already_thanked}.
     * Past the daily cap: 429.
     */
    public Outcome<Receipt> thank(Optional<String> viewer, String issueKey, String message) {
        if (viewer.isEmpty()) {
            return Outcome.refused(Problem.NOT_LOGGED_IN, "not_logged_in", "Please log in to say thanks.");
        }
        String customer = viewer.get();
        Optional<IssueRef> found = issueKey == null || issueKey.isBlank() ? Optional.empty() : issues.byKey(issueKey);
        Optional<PortalRef> portal = found.flatMap(i -> portals.portalOfProject(i.projectId()));
        if (found.isEmpty() || portal.isEmpty()) {
            return notFound();
        }
        IssueRef issue = found.get();
        if (!portals.isRequestCustomer(viewer, issue.id())) {
            if (portals.isAgent(viewer, portal.get().id())) {
                return Outcome.refused(Problem.FORBIDDEN, "not_customer",
                        "Only the request's customers can thank its agents.");
            }
            return notFound();
        }
        String text = message == null ? "" : message;
        if (text.length() > MAX_MESSAGE) {
            return Outcome.refused(Problem.INVALID, "bad_request",
                    "message must be at most " + MAX_MESSAGE + " characters.");
        }
        List<String> agents = workedOn(issue, portal.get().id(), customer);
        if (agents.isEmpty()) {
            return Outcome.refused(Problem.CONFLICT, "no_agent", "No agent has worked on this request yet.");
        }
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS,
                () -> thankInTransaction(customer, issue, agents, text));
    }

    /** The assignee and the first responder, agents of the portal, never the customer; in that order, once each. */
    private List<String> workedOn(IssueRef issue, long portalId, String customer) {
        Set<String> candidates = new LinkedHashSet<>();
        issue.assignee().ifPresent(candidates::add);
        for (Ledger.Entry entry : Ledger.unreversedAwards(ledger.ofIssue(issue.id()))) {
            if (entry.reason().equals(Ledger.FIRST_RESPONSE)) {
                candidates.add(entry.userKey());
            }
        }
        List<String> agents = new ArrayList<>();
        for (String candidate : candidates) {
            if (!candidate.equals(customer) && portals.isAgent(Optional.of(candidate), portalId)) {
                agents.add(candidate);
            }
        }
        return agents;
    }

    private Outcome<Receipt> thankInTransaction(String customer, IssueRef issue, List<String> agents, String text) {
        PortalThanksRules rules = settings.portalThanksRules();
        long now = clock.millis();
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        long dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Set<Long> thankedToday = new HashSet<>();
        boolean thankedThis = false;
        for (KudosEntity row : store.find(KudosEntity.class, Query.select("ID, ISSUE_ID, CREATED_AT, PAIR")
                .where("GIVER = ? AND PAIR LIKE ?", customer, PAIR_PREFIX + "%"))) {
            if (row.getIssueId() == issue.id()) {
                thankedThis = true;
            }
            if (row.getCreatedAt() >= dayStart && row.getCreatedAt() < dayStart + Duration.ofDays(1).toMillis()) {
                thankedToday.add(row.getIssueId());
            }
        }
        if (thankedThis) {
            return Outcome.refused(Problem.CONFLICT, "already_thanked", "You have already thanked the agents of "
                    + "this request.");
        }
        if (thankedToday.size() >= rules.dailyCap()) {
            return Outcome.refused(Problem.LIMITED, "thanks_cap",
                    "You have said thanks as often as you can today; thank you for being generous.");
        }
        int n = thankedToday.size();
        List<Map<String, Object>> ledgerRows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long firstId = 0;
        for (int i = 0; i < agents.size(); i++) {
            String agent = agents.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("GIVER", customer);
            row.put("RECEIVER", agent);
            row.put("PAIR", pairKey(customer, agent));
            row.put("ISSUE_ID", issue.id());
            row.put("PROJECT_ID", issue.projectId());
            row.put("MESSAGE", text);
            row.put("POINTS", rules.points());
            row.put("CREATED_AT", now);
            KudosEntity kudos = store.create(KudosEntity.class, row);
            if (i == 0) {
                firstId = kudos.getID();
            }
            String slot = i == 0 ? Ledger.slot(Ledger.PORTAL_THANKS, customer, today.toEpochDay(), n)
                    : Ledger.slot(Ledger.PORTAL_THANKS, customer, today.toEpochDay(), n, agent);
            ledgerRows.add(Ledger.awardRow(new Ledger.Award(slot, agent, rules.points(), Ledger.PORTAL_THANKS,
                    issue.id(), issue.projectId(), customer), Ledger.stateOf(slot, Map.of()), now));
            recordActivity(kudos.getID(), customer, agent, issue, text, now);
            names.add(users.byKeyOrName(agent).map(UserRef::displayName).orElse(agent));
        }
        ledger.write(ledgerRows);
        for (String agent : agents) {
            badges.afterKudosReceived(agent);
        }
        return Outcome.done(new Receipt(firstId, names, rules.points()));
    }

    /** As a peer kudos: the customer thanked the agent (the subject), on the request, with the message. */
    private void recordActivity(long kudosId, String customer, String agent, IssueRef issue, String message,
                                long now) {
        activity.record(ActivityDraft.onIssue("kudos:" + kudosId, Verb.KUDOS, customer, issue, List.of(),
                Instant.ofEpochMilli(now)).withDetail(message).withSubjectUser(agent));
    }

    static String pairKey(String customer, String agent) {
        String pair = PAIR_PREFIX + customer + "|" + agent;
        return pair.length() <= 400 ? pair : PAIR_PREFIX + "#" + KudosSettings.sha256(pair);
    }

    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such request that you may see.");
    }
}
