package com.socialitsm.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.Participation;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.IssueVotesEntity;
import com.socialitsm.store.Store;
import com.socialitsm.store.VoteEntity;

/**
 * Upvotes: one per user per issue, counted exactly however many nodes and threads vote at once.
 *
 * <p>A vote is a VOTE row with the unique key {@code issueId|voter}; its insert decides the transaction, so a second
 * vote (a double click, two tabs, two nodes) loses cleanly and answers {@link VoteChange.Effect#ALREADY_VOTED}. The
 * count shown is {@code COUNT} of the rows. To rank a project's issues by votes without GROUP BY, each issue also has
 * an ISSUE_VOTES row whose count is recounted from the VOTE rows on every change (never incremented) after taking that
 * row's lock: a racing vote's transaction waits for the lock and then counts the winner's committed row too.
 *
 * <p>Votes are only for issues the voter may browse; a missing and a hidden issue are the same answer. A voter
 * auto-follows the issue and their "upvoted" reaches its followers' feeds, in the vote's transaction.
 */
public final class VoteService {
    /** Rising = most votes within this window. */
    public static final Duration RISING_WINDOW = Duration.ofDays(7);
    /** How many recent votes of a project "rising" looks at, newest first: bounds the query on huge projects. */
    static final int RISING_SCAN_LIMIT = 10_000;
    private static final int RACE_ATTEMPTS = 5;
    private static final int TOP_PAGES = 5;

    private final Store store;
    private final Clock clock;
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final FollowService follows;
    private final ActivityService activity;

    public VoteService(Store store, Clock clock, IssueDirectory issues, AccessPolicy access, FollowService follows,
                       ActivityService activity) {
        this.store = store;
        this.clock = clock;
        this.issues = issues;
        this.access = access;
        this.follows = follows;
        this.activity = activity;
    }

    /** Votes for the issue. Runs its own transaction: call it from a request, not from inside another one. */
    public Outcome<VoteChange> vote(String voter, String issueKey) {
        Optional<IssueRef> found = browsable(Optional.of(voter), issueKey);
        if (found.isEmpty()) {
            return noSuchIssue();
        }
        IssueRef issue = found.get();
        String voteKey = voteKey(issue.id(), voter);
        // The insert decides: a second vote (double click, two tabs, two nodes) loses the race on VOTE_KEY. A lost race
        // can also be the race to create the issue's ISSUE_VOTES row (or a deadlock): then the next attempt finds the
        // winner's row.
        return Outcome.done(store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            // A one-row batch: one statement on every database (a single create costs PostgreSQL a NEXTVAL).
            store.create(VoteEntity.class, List.of(Map.<String, Object>of(
                    "VOTE_KEY", voteKey,
                    "ISSUE_ID", issue.id(),
                    "PROJECT_ID", issue.projectId(),
                    "VOTER", voter,
                    "CREATED_AT", clock.millis())));
            int recounted = recount(issue);
            tookPart(voter, issue);
            return new VoteChange(VoteChange.Effect.VOTED, new VoteStatus(issue.key(), recounted, true));
        }, () -> alreadyVoted(voter, issue)));
    }

    /** After a lost race: the answer when the winner was this voter's other vote. */
    private Optional<VoteChange> alreadyVoted(String voter, IssueRef issue) {
        if (!hasVoted(issue.id(), voter)) {
            return Optional.empty();
        }
        VoteStatus status = new VoteStatus(issue.key(), count(issue.id()), true);
        return Optional.of(new VoteChange(VoteChange.Effect.ALREADY_VOTED, status));
    }

    /** Withdraws the user's vote. Runs its own transaction. */
    public Outcome<VoteChange> unvote(String voter, String issueKey) {
        Optional<IssueRef> found = browsable(Optional.of(voter), issueKey);
        if (found.isEmpty()) {
            return noSuchIssue();
        }
        IssueRef issue = found.get();
        VoteChange change = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            int deleted = store.deleteWithSQL(VoteEntity.class, "VOTE_KEY = ?", voteKey(issue.id(), voter));
            if (deleted == 0) {
                return new VoteChange(VoteChange.Effect.NOT_VOTED,
                        new VoteStatus(issue.key(), count(issue.id()), false));
            }
            // The "upvoted" leaves the feeds with the vote; the follow stays (unfollowing is the user's choice).
            activity.withdraw(activitySourceKey(issue.id(), voter));
            return new VoteChange(VoteChange.Effect.UNVOTED, new VoteStatus(issue.key(), recount(issue), false));
        });
        return Outcome.done(change);
    }

    /** A missing and a hidden issue are the same refusal, so nothing about a hidden issue leaks. */
    private static <T> Outcome<T> noSuchIssue() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such issue, or you may not see it.");
    }

    /** The issue's count and whether the viewer voted; empty when there is no such issue or it is hidden. */
    public Optional<VoteStatus> status(Optional<String> viewer, String issueKey) {
        return browsable(viewer, issueKey).map(issue -> new VoteStatus(issue.key(), count(issue.id()),
                viewer.map(user -> hasVoted(issue.id(), user)).orElse(false)));
    }

    /**
     * The project's most-voted issues the viewer may browse, most votes first (ties: older issue first); empty when
     * there is no such project or the viewer may not browse it.
     */
    public Optional<List<TopIssue>> top(Optional<String> viewer, String projectKey, int limit) {
        Optional<ProjectRef> project = browsableProject(viewer, projectKey);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        long projectId = project.get().id();
        int pageSize = Math.max(2 * limit, 20);
        List<TopIssue> result = new ArrayList<>();
        for (int page = 0; page < TOP_PAGES && result.size() < limit; page++) {
            IssueVotesEntity[] rows = store.find(IssueVotesEntity.class, Query.select()
                    .where("PROJECT_ID = ? AND VOTE_COUNT > ?", projectId, 0)
                    .order("VOTE_COUNT DESC, ISSUE_ID ASC").limit(pageSize).offset(page * pageSize));
            Map<Long, Integer> counts = new LinkedHashMap<>();
            for (IssueVotesEntity row : rows) {
                counts.put(row.getIssueId(), row.getVoteCount());
            }
            result.addAll(visibleInOrder(viewer, counts, limit - result.size()));
            if (rows.length < pageSize) {
                break;
            }
        }
        return Optional.of(result);
    }

    /**
     * The project's issues with the most votes in the last seven days, among those the viewer may browse; empty when
     * there is no such project or the viewer may not browse it. Counts the project's newest votes in one bounded
     * query (at most {@value #RISING_SCAN_LIMIT}).
     */
    public Optional<List<TopIssue>> rising(Optional<String> viewer, String projectKey, int limit) {
        Optional<ProjectRef> project = browsableProject(viewer, projectKey);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        long since = clock.millis() - RISING_WINDOW.toMillis();
        Map<Long, Integer> recent = new HashMap<>();
        store.stream(VoteEntity.class, Query.select("ID, ISSUE_ID")
                        .where("PROJECT_ID = ? AND CREATED_AT >= ?", project.get().id(), since)
                        .order("ID DESC").limit(RISING_SCAN_LIMIT),
                vote -> recent.merge(vote.getIssueId(), 1, Integer::sum));
        Map<Long, Integer> ranked = new LinkedHashMap<>();
        recent.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return Optional.of(visibleInOrder(viewer, ranked, limit));
    }

    /**
     * Whether the issue is among the project's {@code n} most-voted issues now (at least one vote; ties broken by
     * issue id, as in {@link #top}). One bounded query; the kudos "boss fight" badge asks it at resolution time.
     */
    public boolean isAmongTopVoted(long projectId, long issueId, int n) {
        IssueVotesEntity[] rows = store.find(IssueVotesEntity.class, Query.select("ID, ISSUE_ID")
                .where("PROJECT_ID = ? AND VOTE_COUNT > ?", projectId, 0)
                .order("VOTE_COUNT DESC, ISSUE_ID ASC").limit(n));
        for (IssueVotesEntity row : rows) {
            if (row.getIssueId() == issueId) {
                return true;
            }
        }
        return false;
    }

    /**
     * The project's boss, its most-upvoted open issue, if the viewer may browse it; empty when the project has no
     * open issue with votes (or the boss is hidden from the viewer: the next one is not the boss). {@code not_found}
     * for a missing project or one the viewer may not browse.
     */
    public Outcome<Optional<Boss>> boss(Optional<String> viewer, String projectKey) {
        Optional<ProjectRef> project = browsableProject(viewer, projectKey);
        if (project.isEmpty()) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such project.");
        }
        return Outcome.done(bossOf(project.get().id(), OptionalLong.empty())
                .filter(row -> access.canBrowse(viewer, row.issue().id()))
                .map(row -> new Boss(row.issue().id(), row.issue().key(), row.issue().summary(), row.votes(),
                        since(row.issue().id()))));
    }

    /**
     * Whether the issue, just resolved, was the project's boss: no open issue of the project outranks it by votes
     * (ties broken by the lower issue id). Asked by the kudos rules when the issue is resolved, so the issue itself
     * counts as open here.
     */
    public boolean isBoss(long projectId, long issueId) {
        return bossOf(projectId, OptionalLong.of(issueId)).map(row -> row.issue().id() == issueId).orElse(false);
    }

    private record Ranked(IssueRef issue, int votes) {
    }

    /** The first issue down the project's vote ranking that is open (or is {@code countAsOpen}); bounded pages. */
    private Optional<Ranked> bossOf(long projectId, OptionalLong countAsOpen) {
        int pageSize = 20;
        for (int page = 0; page < TOP_PAGES; page++) {
            IssueVotesEntity[] rows = store.find(IssueVotesEntity.class, Query.select("ID, ISSUE_ID, VOTE_COUNT")
                    .where("PROJECT_ID = ? AND VOTE_COUNT > ?", projectId, 0)
                    .order("VOTE_COUNT DESC, ISSUE_ID ASC").limit(pageSize).offset(page * pageSize));
            List<Long> ids = new ArrayList<>();
            for (IssueVotesEntity row : rows) {
                ids.add(row.getIssueId());
            }
            Map<Long, IssueRef> refs = ids.isEmpty() ? Map.of() : issues.byIds(ids);
            for (IssueVotesEntity row : rows) {
                IssueRef issue = refs.get(row.getIssueId());
                boolean open = issue != null && (!issue.resolved()
                        || (countAsOpen.isPresent() && countAsOpen.getAsLong() == issue.id()));
                if (open) {
                    return Optional.of(new Ranked(issue, row.getVoteCount()));
                }
            }
            if (rows.length < pageSize) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The issue's first recorded activity (its creation as the app saw it), else its first vote, else now. */
    private Instant since(long issueId) {
        ActivityEntity[] first = store.find(ActivityEntity.class,
                Query.select("ID, CREATED_AT").where("ISSUE_ID = ?", issueId).order("ID ASC").limit(1));
        if (first.length > 0) {
            return Instant.ofEpochMilli(first[0].getCreatedAt());
        }
        VoteEntity[] vote = store.find(VoteEntity.class,
                Query.select("ID, CREATED_AT").where("ISSUE_ID = ?", issueId).order("ID ASC").limit(1));
        return vote.length > 0 ? Instant.ofEpochMilli(vote[0].getCreatedAt()) : clock.instant();
    }

    /** The number of votes of the issue: the number of its VOTE rows. */
    public int count(long issueId) {
        return store.count(VoteEntity.class, "ISSUE_ID = ?", issueId);
    }

    /**
     * Takes the issue's ISSUE_VOTES row lock (or creates the row: the unique ISSUE_ID lets one racer win), then
     * counts the VOTE rows and stores the count. Counting after the lock is what makes it exact: under READ
     * COMMITTED a transaction that waited for the lock sees the votes the previous holder committed.
     */
    private int recount(IssueRef issue) {
        IssueVotesEntity[] rows = store.find(IssueVotesEntity.class, Query.select().where("ISSUE_ID = ?", issue.id()));
        IssueVotesEntity row;
        if (rows.length == 0) {
            row = store.create(IssueVotesEntity.class, Map.of(
                    "ISSUE_ID", issue.id(),
                    "PROJECT_ID", issue.projectId(),
                    "VOTE_COUNT", 0,
                    "COUNTED_AT", clock.millis()));
        } else {
            row = rows[0];
            // Always a new value, so the UPDATE is sent (and the lock taken) even when the clock stands still.
            row.setCountedAt(Math.max(clock.millis(), row.getCountedAt() + 1));
            row.save();
        }
        int count = count(issue.id());
        row.setVoteCount(count);
        row.setProjectId(issue.projectId());
        row.save();
        return count;
    }

    /**
     * The voter takes part in the issue: they follow it (if the admin's auto-follow rule for voters is on) and their
     * "upvoted" goes to the feeds of the issue's followers. Inside the vote's transaction, so both go with the vote.
     */
    private void tookPart(String voter, IssueRef issue) {
        follows.autoFollow(voter, FollowTarget.issue(issue.id()), Participation.VOTER);
        // The issue's tags are not known here (hashtag followers learn of votes through the issue's own activity).
        activity.record(ActivityDraft.onIssue(activitySourceKey(issue.id(), voter), Verb.UPVOTED, voter, issue,
                List.of(), clock.instant()));
    }

    /** One "upvoted" activity per voter and issue: voting again after an unvote records it afresh. */
    public static String activitySourceKey(long issueId, String voter) {
        String key = "vote:" + voteKey(issueId, voter);
        return key.length() <= ActivityDraft.MAX_SOURCE_KEY_LENGTH ? key : "vote:#" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private boolean hasVoted(long issueId, String voter) {
        return store.count(VoteEntity.class, "VOTE_KEY = ?", voteKey(issueId, voter)) > 0;
    }

    private List<TopIssue> visibleInOrder(Optional<String> viewer, Map<Long, Integer> countsInOrder, int limit) {
        List<TopIssue> result = new ArrayList<>();
        if (countsInOrder.isEmpty() || limit <= 0) {
            return result;
        }
        List<Long> ids = new ArrayList<>(countsInOrder.keySet());
        int chunk = Math.max(2 * limit, 20);
        for (int from = 0; from < ids.size() && result.size() < limit; from += chunk) {
            Collection<Long> candidates = ids.subList(from, Math.min(ids.size(), from + chunk));
            Set<Long> visible = access.browsableIssues(viewer, candidates);
            Map<Long, IssueRef> refs = issues.byIds(visible);
            for (Long id : candidates) {
                IssueRef ref = refs.get(id);
                if (ref != null && visible.contains(id) && result.size() < limit) {
                    result.add(new TopIssue(id, ref.key(), ref.summary(), countsInOrder.get(id)));
                }
            }
        }
        return result;
    }

    private Optional<IssueRef> browsable(Optional<String> viewer, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return issues.byKey(issueKey).filter(issue -> access.canBrowse(viewer, issue.id()));
    }

    private Optional<ProjectRef> browsableProject(Optional<String> viewer, String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return issues.projectByKey(projectKey).filter(p -> access.canBrowseProject(viewer, p.id()));
    }

    public static String voteKey(long issueId, String voter) {
        return issueId + "|" + voter;
    }
}
