package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.IssueTagRemovals;
import com.socialitsm.vote.VoteService;

/**
 * The face of the kudos feature: points for work done (through {@link #handler()} for issue changes, and the answer
 * methods the Q&amp;A feature calls), peer kudos, badges, leaderboards, profiles and the admin's rules.
 *
 * <p>Points live in an append-only ledger (reversals are new rows), leaderboards read rolled-up totals plus the
 * not-yet-rolled-up tail (hosts schedule {@link #rollup()}), and every rule is bounded so it cannot be gamed: caps,
 * diminishing repeats, no self-awards, reversal on reopen and on withdrawn acceptances or upvotes.
 */
public final class KudosService {
    /** The longest kudos message, in characters. */
    public static final int MAX_MESSAGE = 2000;
    static final int RECENT = 10;
    /** How many weeks a profile's points picture shows. */
    public static final int PROFILE_WEEKS = 12;
    static final int PROFILE_WEEKS_ROWS = 5000;
    static final int ISSUE_KUDOS_SHOWN = 20;
    /** How long after earning points on an issue its view still tells the earner (once per page session). */
    static final Duration JUST_EARNED_WINDOW = Duration.ofMinutes(10);
    static final int COMMENTS_LOOKED_AT = 50;
    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final ActivityService activity;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final Badges badges;
    private final AnswerAwards answers;
    private final DeskVisitAwards deskVisits;
    private final PeerKudos peers;
    private final LeaderboardRollup rollup;
    private final Leaderboards leaderboards;
    private final AwardViews views;
    private final KudosHandler handler;
    private final IssueTagRemovals tagRemovals;
    private final ExpertsByTag experts;

    public KudosService(Store store, Clock clock, IssueDirectory issues, UserDirectory users, AccessPolicy access,
                        VoteService votes, ActivityService activity) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.users = users;
        this.access = access;
        this.activity = activity;
        this.settings = new KudosSettings(store);
        this.ledger = new Ledger(store);
        this.badges = new Badges(store, clock, ledger);
        this.answers = new AnswerAwards(clock, settings, ledger, badges);
        this.deskVisits = new DeskVisitAwards(clock, settings, ledger, badges);
        this.peers = new PeerKudos(store, clock, settings, ledger, badges, issues, users, access, activity);
        this.rollup = new LeaderboardRollup(store, clock, settings, ledger);
        this.leaderboards = new Leaderboards(store, clock, settings, ledger, users, rollup);
        this.views = new AwardViews(issues, access, users);
        IssueAwards issueAwards = new IssueAwards(clock, ledger, badges, new TagEvidence(store), votes);
        this.handler = new KudosHandler(issueAwards);
        this.tagRemovals = issueAwards::tagsLeft;
        this.experts = new ExpertsByTag(store, clock, settings, users, access);
    }

    /** The engine handler for resolved, reopened and commented issues; the last in the engine's order. */
    public KudosHandler handler() {
        return handler;
    }

    /**
     * For the hashtag feature: tags that leave an issue (by hand, by an edit of its text) take back the first-tag
     * bonuses the issue earned under them.
     */
    public IssueTagRemovals tagRemovals() {
        return tagRemovals;
    }

    /** The cluster-wide job hosts schedule (every minute) to keep leaderboard reads small. */
    public LeaderboardRollup rollup() {
        return rollup;
    }

    // ---- Peer kudos

    /**
     * Gives kudos from {@code giver} to {@code to} (a user key or name), optionally for an issue the giver may
     * browse ({@code issueKey} null or blank for none). Runs its own transaction. Refused for oneself
     * ({@code self_kudos}), an unknown user or a missing or hidden issue, a message over {@link #MAX_MESSAGE}
     * characters, and past the giver's daily cap ({@code kudos_cap}).
     */
    public Outcome<KudosReceipt> give(String giver, String to, String issueKey, String message) {
        return peers.give(giver, to, issueKey, message);
    }

    // ---- Answers: the Q&A feature calls these inside its own transaction (they join it) or outside (then each
    // runs its own). A lost race to write the same award fails the transaction; retrying it finds the award there.

    /** The answer was accepted by {@code acceptedBy}; returns the points awarded (0 for one's own answer or a repeat). */
    public int answerAccepted(AnswerCredit answer, String acceptedBy) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> answers.accepted(answer, acceptedBy));
    }

    /** The answer is no longer accepted: the acceptance award in force, if any, is reversed. */
    public void answerUnaccepted(long answerId) {
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            answers.unaccepted(answerId);
            return null;
        });
    }

    /** {@code voter} upvoted the answer; returns the points awarded (0 for one's own answer or a repeat). */
    public int answerUpvoted(AnswerCredit answer, String voter) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> answers.upvoted(answer, voter));
    }

    /** {@code voter} withdrew their upvote (or turned it into a downvote): its award, if in force, is reversed. */
    public void upvoteWithdrawn(long answerId, String voter) {
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            answers.upvoteWithdrawn(answerId, voter);
            return null;
        });
    }

    // ---- Desk visits: the visit feature calls this inside its confirmation's transaction (it joins it).

    /**
     * The reporter confirmed the agent's desk visit; returns the points awarded: 0 for a self-reported issue, a
     * repeated confirmation, past the agent's daily cap, or with the rule off.
     */
    public int deskVisitConfirmed(DeskVisitCredit visit) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> deskVisits.confirmed(visit));
    }

    public DeskVisitRules deskVisitRules() {
        return settings.deskVisitRules();
    }

    /** Callers check that the user is an admin. */
    public void updateDeskVisitRules(DeskVisitRules rules) {
        settings.saveDeskVisitRules(rules);
    }

    /** The bonus for resolving a project's boss. */
    public BossRules bossRules() {
        return settings.bossRules();
    }

    /** Callers check that the user is an admin. */
    public void updateBossRules(BossRules rules) {
        settings.saveBossRules(rules);
    }

    /** What a portal customer's thanks is worth to each agent, and how many a customer may give per day. */
    public PortalThanksRules portalThanksRules() {
        return settings.portalThanksRules();
    }

    /** Callers check that the user is an admin. */
    public void updatePortalThanksRules(PortalThanksRules rules) {
        settings.savePortalThanksRules(rules);
    }

    // ---- Leaderboards and profiles

    /**
     * The leaderboard of a period, overall ({@code projectKey} null or blank) or for a project; empty when the
     * project does not exist or the viewer may not browse it. Opted-out and excluded users are not listed.
     */
    public Optional<Leaderboard> leaderboard(Optional<String> viewer, Period period, String projectKey, int limit) {
        long projectId = 0;
        if (projectKey != null && !projectKey.isBlank()) {
            Optional<ProjectRef> project = issues.projectByKey(projectKey)
                    .filter(p -> access.canBrowseProject(viewer, p.id()));
            if (project.isEmpty()) {
                return Optional.empty();
            }
            projectId = project.get().id();
        }
        return Optional.of(leaderboards.read(viewer, period, projectId, limit));
    }

    /** The user's profile as the viewer may see it; empty when there is no such user. */
    public Optional<UserProfile> profile(Optional<String> viewer, String user) {
        Optional<UserRef> found = user == null ? Optional.empty() : users.byKeyOrName(user);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserRef ref = found.get();
        KudosSettings.Snapshot snapshot = settings.snapshot();
        boolean optedOut = snapshot.optedOut().contains(ref.key());
        boolean pointsHidden = pointsHidden(viewer, ref.key(), snapshot);
        int points = pointsHidden ? 0 : leaderboards.seasonPoints(ref.key());
        List<Award> recent = new ArrayList<>();
        if (!pointsHidden) {
            for (Award award : views.view(viewer, ledger.recentOf(ref.key(), 0, 3 * RECENT))) {
                // A 0-point row (a rule worth nothing at the time) is no award to show.
                if (!award.sourceHidden() && award.points() != 0 && recent.size() < RECENT) {
                    recent.add(award);
                }
            }
        }
        KudosEntity[] received = store.find(KudosEntity.class, Query.select().where("RECEIVER = ?", ref.key())
                .order("ID DESC").limit(3 * RECENT));
        List<GivenKudos> kudos = givenKudos(viewer, received, RECENT, snapshot);
        return Optional.of(new UserProfile(ref.key(), ref.displayName(), ref.avatarUrl(), points, pointsHidden,
                optedOut, badges.earned(ref.key()), recent, kudos,
                pointsHidden ? 0 : leaderboards.seasonRank(ref.key()),
                pointsHidden ? List.of() : weeklyPoints(ref.key())));
    }

    /**
     * Points per rolling week over the last {@link #PROFILE_WEEKS} weeks, oldest first, from at most
     * {@link #PROFILE_WEEKS_ROWS} ledger rows (more than anyone earns in that time).
     */
    private List<Integer> weeklyPoints(String userKey) {
        long now = clock.millis();
        long week = Duration.ofDays(7).toMillis();
        int[] weeks = new int[PROFILE_WEEKS];
        for (Ledger.Entry entry : ledger.ofUserSince(userKey, now - PROFILE_WEEKS * week, PROFILE_WEEKS_ROWS)) {
            int ago = (int) Math.min(PROFILE_WEEKS - 1, Math.max(0, (now - entry.createdAt()) / week));
            weeks[PROFILE_WEEKS - 1 - ago] += entry.points();
        }
        List<Integer> points = new ArrayList<>(PROFILE_WEEKS);
        for (int p : weeks) {
            points.add(p);
        }
        return points;
    }

    /** Whether the viewer may read the user's ledger: only its owner and admins may. */
    public LedgerAccess ledgerAccess(Optional<String> viewer, String user) {
        Optional<UserRef> found = user == null ? Optional.empty() : users.byKeyOrName(user);
        if (found.isEmpty()) {
            return LedgerAccess.NOT_FOUND;
        }
        return ownerOrAdmin(viewer, found.get().key()) ? LedgerAccess.ALLOWED : LedgerAccess.FORBIDDEN;
    }

    /**
     * A page of the user's ledger, newest first, rows with ID below {@code before} (0 = from the newest); an empty
     * page unless {@link #ledgerAccess} allows the viewer.
     */
    public LedgerPage ledger(Optional<String> viewer, String user, long before, int limit) {
        if (ledgerAccess(viewer, user) != LedgerAccess.ALLOWED) {
            return new LedgerPage(List.of(), 0);
        }
        String key = users.byKeyOrName(user).orElseThrow().key();
        List<Ledger.Entry> rows = ledger.recentOf(key, before, limit + 1);
        boolean more = rows.size() > limit;
        List<Ledger.Entry> page = more ? rows.subList(0, limit) : rows;
        List<Award> shown = views.view(viewer, page).stream().filter(award -> award.points() != 0).toList();
        return new LedgerPage(shown, more ? page.get(page.size() - 1).id() : 0);
    }

    /** The kudos panel of an issue; empty when there is no such issue or the viewer may not browse it. */
    public Optional<IssueKudos> issueKudos(Optional<String> viewer, String issueKey) {
        Optional<IssueRef> found = issueKey == null ? Optional.empty()
                : issues.byKey(issueKey).filter(i -> access.canBrowse(viewer, i.id()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssueRef issue = found.get();
        // Suggested: the assignee, whoever earned points on the issue (resolver, first responder, thanked), then the
        // issue's recent commenters from its activities.
        Set<String> candidates = new LinkedHashSet<>();
        issue.assignee().ifPresent(candidates::add);
        List<JustEarned> justEarned = new ArrayList<>();
        long since = clock.millis() - JUST_EARNED_WINDOW.toMillis();
        for (Ledger.Entry entry : ledger.ofIssue(issue.id())) {
            if (!entry.isReversal()) {
                candidates.add(entry.userKey());
            }
            if (viewer.isPresent() && entry.userKey().equals(viewer.get()) && entry.createdAt() >= since
                    && entry.points() != 0) {
                justEarned.add(new JustEarned(entry.id(), entry.points(), entry.reason(),
                        Instant.ofEpochMilli(entry.createdAt())));
            }
        }
        candidates.addAll(activity.recentActors(issue.id(), Verb.COMMENTED, COMMENTS_LOOKED_AT));
        viewer.ifPresent(candidates::remove);
        Map<String, UserRef> refs = users.byKeys(candidates);
        List<Person> people = new ArrayList<>();
        for (String candidate : candidates) {
            UserRef ref = refs.get(candidate);
            if (ref != null && ref.active()) {
                people.add(new Person(ref.key(), ref.displayName(), ref.avatarUrl()));
            }
        }
        KudosEntity[] rows = store.find(KudosEntity.class, Query.select().where("ISSUE_ID = ?", issue.id())
                .order("ID DESC").limit(ISSUE_KUDOS_SHOWN));
        return Optional.of(new IssueKudos(issue.key(), people,
                givenKudos(viewer, rows, ISSUE_KUDOS_SHOWN, settings.snapshot()), justEarned));
    }

    /**
     * Who knows the tag: the people who resolved, had answers accepted and were thanked most on issues carrying it
     * (a merged tag: its target) in the last 90 days, best first, at most {@code limit}; counted only over issues the
     * viewer may browse. Empty for a tag the viewer sees nothing of, as for one nobody used; people who opted out of
     * leaderboards or whom an admin excluded are not listed. Refused ({@code invalid_hashtag}) for a text that is not
     * a hashtag.
     */
    public Outcome<List<TagExpert>> experts(Optional<String> viewer, String tag, int limit) {
        return experts.experts(viewer, tag, limit);
    }

    // ---- Opting out of leaderboards

    public void optOut(String user) {
        settings.hide(KudosSettings.OPTED_OUT, user);
    }

    public void optIn(String user) {
        settings.unhide(KudosSettings.OPTED_OUT, user);
    }

    public boolean isOptedOut(String user) {
        return settings.isHidden(KudosSettings.OPTED_OUT, user);
    }

    // ---- Administration (callers check that the user is an admin)

    public KudosRules rules() {
        return settings.rules();
    }

    public void updateRules(KudosRules rules) {
        settings.saveRules(rules);
    }

    /** Leaves a user (a bot, a service account) off every leaderboard; false when there is no such user. */
    public boolean exclude(String user) {
        Optional<UserRef> found = users.byKeyOrName(user);
        found.ifPresent(ref -> settings.hide(KudosSettings.EXCLUDED, ref.key()));
        return found.isPresent();
    }

    public void include(String user) {
        String key = users.byKeyOrName(user).map(UserRef::key).orElse(user);
        settings.unhide(KudosSettings.EXCLUDED, key);
    }

    public List<String> excluded() {
        return settings.hidden(KudosSettings.EXCLUDED);
    }

    /**
     * Starts a new season at {@code start} (now or later): "all time" leaderboards count from then on. Nothing is
     * deleted; earlier seasons keep their totals. A start in the past is refused (false): rows already rolled up
     * into the old season would be missing from the new one.
     */
    public boolean startSeason(Instant start) {
        if (start.toEpochMilli() < clock.millis() - 1000) {
            return false;
        }
        store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            settings.saveSeasons(settings.seasons().startingAt(start));
            return null;
        });
        return true;
    }

    /** Starts a new season now; returns its start. */
    public Instant startSeasonNow() {
        Instant now = clock.instant();
        startSeason(now);
        return now;
    }

    /** When the current season started (the epoch for the first season). */
    public Instant seasonStart() {
        return Instant.ofEpochSecond(settings.seasons().seasonOf(clock.millis()));
    }

    private boolean ownerOrAdmin(Optional<String> viewer, String userKey) {
        return viewer.map(userKey::equals).orElse(false) || access.isAdmin(viewer);
    }

    /**
     * Whether the user's points are hidden from the viewer: in privacy mode, or when the user opted out, from
     * everyone but the user and admins. The one rule for every answer that shows a user's points.
     */
    private boolean pointsHidden(Optional<String> viewer, String userKey, KudosSettings.Snapshot snapshot) {
        return (snapshot.rules().privacyMode() || snapshot.optedOut().contains(userKey))
                && !ownerOrAdmin(viewer, userKey);
    }

    /**
     * Kudos rows as the viewer may see them: those for issues the viewer may not browse are left out, and the
     * points of each are hidden (0, {@link GivenKudos#pointsHidden}) when the receiver's points are.
     */
    private List<GivenKudos> givenKudos(Optional<String> viewer, KudosEntity[] rows, int limit,
                                        KudosSettings.Snapshot snapshot) {
        Set<Long> issueIds = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (KudosEntity row : rows) {
            if (row.getIssueId() != 0) {
                issueIds.add(row.getIssueId());
            }
            people.add(row.getGiver());
            people.add(row.getReceiver());
        }
        Set<Long> visible = issueIds.isEmpty() ? Set.of() : access.browsableIssues(viewer, issueIds);
        Map<Long, IssueRef> refs = visible.isEmpty() ? Map.of() : issues.byIds(visible);
        Map<String, UserRef> names = users.byKeys(people);
        List<GivenKudos> result = new ArrayList<>();
        for (KudosEntity row : rows) {
            if (result.size() == limit) {
                break;
            }
            IssueRef issue = refs.get(row.getIssueId());
            if (row.getIssueId() != 0 && (issue == null || !visible.contains(row.getIssueId()))) {
                continue;
            }
            boolean hidden = pointsHidden(viewer, row.getReceiver(), snapshot);
            result.add(new GivenKudos(row.getID(), row.getGiver(), name(names, row.getGiver()), row.getReceiver(),
                    name(names, row.getReceiver()), issue == null ? "" : issue.key(),
                    row.getMessage() == null ? "" : row.getMessage(), hidden ? 0 : row.getPoints(), hidden,
                    Instant.ofEpochMilli(row.getCreatedAt())));
        }
        return result;
    }

    private static String name(Map<String, UserRef> names, String key) {
        UserRef ref = names.get(key);
        return ref == null ? key : ref.displayName();
    }
}
