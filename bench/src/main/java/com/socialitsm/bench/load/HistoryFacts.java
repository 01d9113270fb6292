package com.socialitsm.bench.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import net.java.ao.RawEntity;

import com.socialitsm.activity.ActivityService;
import com.socialitsm.bench.workload.FollowPlan;
import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.VoteEntity;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;
import com.socialitsm.vote.VoteService;

/**
 * The one pass over the generated history: the COPY streams of the fact tables (activities and their targets, tags of
 * issues, follows, votes, the points ledger, kudos, Q&amp;A, processed changes, the heavy users' feeds) and the state
 * the pass keeps across issues. Rows are what the engine would have written for the same history, with the services'
 * own key functions where core has them public (follow, vote, activity columns).
 */
final class HistoryFacts {
    private static final int RESOLVED_POINTS = 10;
    private static final int FIRST_TAG_BONUS_POINTS = 15;
    private static final int FIRST_TAG_BONUS_MAX_TAGS = 3;
    private static final int MAX_TAGS_LOOKED_AT = 20;
    private static final int FIRST_RESPONSE_POINTS = 2;
    private static final int ANSWER_ACCEPTED_POINTS = 15;
    private static final int KUDOS_POINTS = 5;
    /** The random stream of the Q&amp;A voters (next to the ledger's padding stream, 3). */
    private static final long QA_VOTE_STREAM = 4;

    private final BenchDatabase database;
    private final String schema;
    private final ServiceDesk desk;
    private final Tables tables;
    private final int fanInThreshold;
    private final Consumer<String> log;
    private final HashtagExtractor extractor = new HashtagExtractor();

    private final Map<Class<?>, CopyWriter> writers = new LinkedHashMap<>();
    private final CopyWriter activities;
    private final CopyWriter targets;
    private final CopyWriter issueTags;
    private final CopyWriter follows;
    private final CopyWriter votes;
    private final CopyWriter kudos;
    private final CopyWriter questions;
    private final CopyWriter answers;
    private final CopyWriter qaVotes;
    private final CopyWriter processed;
    private final CopyWriter feedItems;
    private final LedgerRows ledger;
    /**
     * Targets with more followers by choice than the app's fan-in threshold: as FollowService leaves them after the
     * follow that crossed it, their rows are FAN_IN and fan-out skips them (the feed reads them by fan-in).
     */
    private final Set<String> fanInTargets = new HashSet<>();
    private final HeavyUserFeeds heavyFeeds;
    private long activityId;
    private int questionId;
    private int answerId;

    HistoryFacts(BenchDatabase database, String schema, ServiceDesk desk, Tables tables, int fanInThreshold,
            Consumer<String> log) throws SQLException {
        this.database = database;
        this.schema = schema;
        this.desk = desk;
        this.tables = tables;
        this.fanInThreshold = fanInThreshold;
        this.log = log;
        activities = open(ActivityEntity.class, "ID", "SOURCE_KEY", "VERB", "ACTOR", "ISSUE_ID", "PROJECT_ID",
                "HASHTAGS", "DETAIL", "SUBJECT_USER", "CREATED_AT");
        targets = open(ActivityTargetEntity.class, "ACTIVITY_ID", "TARGET");
        issueTags = open(IssueHashtagEntity.class, "ISSUE_TAG", "ISSUE_ID", "PROJECT_ID", "TAG", "DISPLAY",
                "SOURCE", "TAGGED_AT", "TAGGED_BY");
        follows = open(FollowEntity.class, "FOLLOW_KEY", "FOLLOWER", "TARGET", "SINCE", "AUTO", "MUTED",
                "FAN_IN");
        votes = open(VoteEntity.class, "VOTE_KEY", "ISSUE_ID", "PROJECT_ID", "VOTER", "CREATED_AT");
        ledger = new LedgerRows(open(PointsEntryEntity.class, "ID", "SOURCE_KEY", "SLOT", "USER_KEY", "POINTS",
                "REASON", "ISSUE_ID", "PROJECT_ID", "CREATED_AT", "REVERSES", "DETAIL"));
        kudos = open(KudosEntity.class, "GIVER", "RECEIVER", "PAIR", "ISSUE_ID", "PROJECT_ID", "MESSAGE",
                "POINTS", "CREATED_AT");
        questions = open(QuestionEntity.class, "ID", "TITLE", "BODY", "AUTHOR", "ISSUE_ID", "PROJECT_ID",
                "HASHTAGS", "SEARCH_TEXT", "CREATED_AT", "EDITED_AT", "DELETED", "ACCEPTED_ANSWER_ID", "SCORE",
                "ANSWER_COUNT", "RAISED_ISSUE_ID");
        answers = open(AnswerEntity.class, "ID", "QUESTION_ID", "BODY", "AUTHOR", "CREATED_AT", "EDITED_AT",
                "DELETED", "UPVOTES", "DOWNVOTES");
        qaVotes = open(QaVoteEntity.class, "VOTE_KEY", "POST", "VOTER", "VOTE_VALUE");
        processed = open(ProcessedChangeEntity.class, "CHANGE_KEY", "ISSUE_ID", "PROCESSED_AT");
        feedItems = open(FeedItemEntity.class, "USER_KEY", "ACTIVITY_ID", "ISSUE_ID", "REASON");
        heavyFeeds = new HeavyUserFeeds(desk, fanInTargets);
    }

    private CopyWriter open(Class<? extends RawEntity<?>> entity, String... columns) throws SQLException {
        CopyWriter writer = new CopyWriter(database.connectTo(schema), tables.name(entity), List.of(columns),
                tables.columnsOf(entity));
        writers.put(entity, writer);
        return writer;
    }

    /** Rows written so far, by entity (without "Entity"). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        writers.forEach((entity, writer) -> counts.put(entity.getSimpleName().replace("Entity", ""), writer.rows()));
        return counts;
    }

    /** Ends every COPY; the first failure is thrown after all are closed. */
    void closeAll() {
        RuntimeException failure = null;
        for (CopyWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void writeAll() {
        long since = desk.historyStart().toEpochMilli();
        int users = desk.size().users() + desk.size().heavyUsers();
        Map<String, Integer> followers = new HashMap<>();
        for (int user = 0; user < users; user++) {
            for (FollowPlan.Choice choice : FollowPlan.of(desk, user)) {
                followers.merge(choice.target().key(), 1, Integer::sum);
            }
        }
        followers.forEach((target, count) -> {
            if (count > fanInThreshold && !target.startsWith("issue:")) {
                fanInTargets.add(target);
            }
        });
        log.accept(String.format(Locale.ROOT, "  %,d targets above the fan-in threshold of %,d followers",
                fanInTargets.size(), fanInThreshold));
        for (int user = 0; user < users; user++) {
            for (FollowPlan.Choice choice : FollowPlan.of(desk, user)) {
                String target = choice.target().key();
                follows.row(FollowService.followKey(choice.follower(), choice.target()), choice.follower(), target,
                        since, false, false, fanInTargets.contains(target));
                if (desk.isHeavy(user)) {
                    heavyFeeds.follows(user - desk.size().users(), choice.target());
                }
            }
        }
        long start = System.nanoTime();
        int issues = desk.size().issues();
        for (int index = 0; index < issues; index++) {
            issue(IssueHistory.generate(desk, index));
            if ((index + 1) % 100_000 == 0) {
                log.accept(String.format(Locale.ROOT, "  %,d issues, %,d activities, %,d ledger rows (%.0f s)",
                        index + 1, activityId, ledger.lastId(), (System.nanoTime() - start) / 1e9));
            }
        }
        ledger.pad(desk);
        heavyFeeds.writeTo(feedItems);
    }

    /** Tag state of the issue being written: display, source and when. */
    private record TagState(String display, String source, long at, String by) {
    }

    private void issue(IssueHistory issue) {
        ledger.startIssue();
        Map<String, TagState> tags = new LinkedHashMap<>();
        long created = issue.events().get(0).at();
        for (String text : List.of(issue.summary(), issue.description())) {
            for (ExtractedHashtag tag : extractor.extract(text)) {
                tags.putIfAbsent(tag.tag(), new TagState(tag.display(), "text", created, issue.reporter()));
            }
        }
        Set<String> autoFollowers = new LinkedHashSet<>();
        boolean firstResponse = false;
        List<String> inForce = new ArrayList<>();
        Optional<String> assignee = Optional.empty();
        for (int e = 0; e < issue.events().size(); e++) {
            IssueHistory.Event event = issue.events().get(e);
            String changeId = "hist:" + issue.id() + ":" + e;
            processed.row(changeId, issue.id(), event.at());
            String verb = null;
            String detail = null;
            String subject = null;
            switch (event.kind()) {
                case CREATED -> {
                    autoFollow(issue, issue.reporter(), event.at(), autoFollowers);
                    verb = "created";
                }
                case ASSIGNED -> {
                    assignee = event.assignee();
                    event.assignee().ifPresent(a -> autoFollow(issue, a, event.at(), autoFollowers));
                    verb = "assigned";
                    subject = event.assignee().orElse(null);
                }
                case COMMENTED -> {
                    autoFollow(issue, event.actor(), event.at(), autoFollowers);
                    String comment = event.comment().orElse("");
                    for (ExtractedHashtag tag : extractor.extract(comment)) {
                        TagState state = tags.get(tag.tag());
                        if (state == null) {
                            tags.put(tag.tag(), new TagState(tag.display(), "comment", event.at(),
                                    event.actor()));
                        } else if (state.source().equals("text")) {
                            tags.put(tag.tag(), new TagState(state.display(), "comment", state.at(),
                                    state.by()));
                        }
                    }
                    verb = "commented";
                    detail = comment;
                    if (!firstResponse && !event.actor().equals(issue.reporter())) {
                        firstResponse = true;
                        ledger.award("first-response|" + issue.id(), event.actor(), FIRST_RESPONSE_POINTS,
                                "first-response", issue, event.at(), "");
                    }
                }
                case RESOLVED -> {
                    verb = "resolved";
                    // IssueAwards.resolved: the assignee earns, unless they reported the issue themselves.
                    if (assignee.isPresent() && !assignee.get().equals(issue.reporter()) && inForce.isEmpty()) {
                        String user = assignee.get();
                        inForce.add(ledger.award("resolved|" + issue.id(), user, RESOLVED_POINTS, "resolved",
                                issue, event.at(), ""));
                        int bonuses = 0;
                        int looked = 0;
                        for (String tag : tags.keySet()) {
                            if (looked++ == MAX_TAGS_LOOKED_AT) {
                                break;
                            }
                            String slot = "first-tag|" + user + "|" + tag;
                            if (ledger.claimFirstTag(slot)) {
                                int points = bonuses < FIRST_TAG_BONUS_MAX_TAGS ? FIRST_TAG_BONUS_POINTS : 0;
                                bonuses += points > 0 ? 1 : 0;
                                inForce.add(ledger.award(slot, user, points, "first-tag", issue, event.at(), tag));
                            }
                        }
                    }
                }
                case REOPENED -> {
                    verb = "reopened";
                    // IssueAwards.reopened: every resolution award in force is reversed.
                    for (String award : inForce) {
                        ledger.reverse(award, event.at());
                    }
                    inForce.clear();
                }
                default -> { }
            }
            if (verb != null) {
                activity("change:" + changeId, verb, event.actor(), issue, tags.keySet(), detail, subject,
                        event.at());
            }
        }
        tags.forEach((tag, state) -> issueTags.row(issue.id() + ":" + tag, issue.id(), issue.projectId(), tag,
                state.display(), state.source(), state.at(), state.by()));
        for (IssueHistory.Vote vote : issue.votes()) {
            votes.row(VoteService.voteKey(issue.id(), vote.voter()), issue.id(), issue.projectId(), vote.voter(),
                    vote.at());
            // VoteService: the voter takes part (follows the issue) and "upvoted" goes into the stream.
            autoFollow(issue, vote.voter(), vote.at(), autoFollowers);
            activity(VoteService.activitySourceKey(issue.id(), vote.voter()), "upvoted", vote.voter(), issue,
                    tags.keySet(), null, null, vote.at());
        }
        for (IssueHistory.Kudos thanks : issue.kudos()) {
            kudos.row(thanks.giver(), thanks.receiver(), thanks.giver() + "|" + thanks.receiver(), issue.id(),
                    issue.projectId(), thanks.message(), KUDOS_POINTS, thanks.at());
            activity("kudos:" + issue.id() + "|" + thanks.giver(), "kudos", thanks.giver(), issue,
                    tags.keySet(), thanks.message(), thanks.receiver(), thanks.at());
            long day = Math.floorDiv(thanks.at(), 86_400_000L);
            ledger.award("kudos|" + thanks.giver() + "|" + day + "|" + issue.id(), thanks.receiver(), KUDOS_POINTS,
                    "kudos", issue, thanks.at(), "");
        }
        issue.question().ifPresent(q -> question(issue, q, tags.keySet()));
    }

    private void autoFollow(IssueHistory issue, String user, long at, Set<String> already) {
        if (already.add(user)) {
            FollowTarget target = FollowTarget.issue(issue.id());
            follows.row(FollowService.followKey(user, target), user, target.key(), at, true, false, false);
        }
    }

    /**
     * One ACTIVITY row with its ACTIVITY_TARGET rows and the heavy users' deliveries. HASHTAGS and DETAIL are cut to
     * their columns as ActivityService does (no detail is stored as the empty text, as there).
     */
    private long activity(String sourceKey, String verb, String actor, IssueHistory issue,
            Set<String> hashtags, String detail, String subject, long at) {
        long id = ++activityId;
        activities.row(id, sourceKey, verb, actor, issue.id(), issue.projectId(), ActivityService.joinTags(hashtags),
                ActivityService.excerpt(detail == null ? "" : detail), subject, at);
        Set<FollowTarget> keys = new LinkedHashSet<>();
        keys.add(FollowTarget.issue(issue.id()));
        hashtags.forEach(tag -> keys.add(FollowTarget.hashtag(tag)));
        keys.add(FollowTarget.user(actor));
        if (subject != null) {
            keys.add(FollowTarget.user(subject));
        }
        keys.add(FollowTarget.project(issue.projectId()));
        keys.forEach(key -> targets.row(id, key.key()));
        heavyFeeds.deliver(id, issue.id(), actor, keys);
        return id;
    }

    private void question(IssueHistory issue, IssueHistory.Question q, Set<String> tags) {
        int id = ++questionId;
        int accepted = 0;
        int score = 0;
        List<String> voters = new ArrayList<>();
        SplittableRandom random = desk.random(QA_VOTE_STREAM, id);
        for (int v = 0; v < 1 + random.nextInt(5); v++) {
            voters.add(desk.chooseCustomer(random));
        }
        voters = List.copyOf(new LinkedHashSet<>(voters));
        for (String voter : voters) {
            qaVotes.row("q:" + id + "|" + voter, "q:" + id, voter, 1);
            score++;
        }
        String hashtags = tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ";
        activity("question:" + id, "asked", q.author(), issue, tags, q.title(), null, q.at());
        for (int a = 0; a < q.answers().size(); a++) {
            IssueHistory.Answer answer = q.answers().get(a);
            int aid = ++answerId;
            int upvotes = 0;
            for (int v = 0; v < answer.score() && v < voters.size(); v++) {
                String voter = voters.get(v);
                if (voter.equals(answer.author())) {
                    continue;
                }
                qaVotes.row("a:" + aid + "|" + voter, "a:" + aid, voter, 1);
                upvotes++;
                ledger.award("answer-upvoted|" + aid + "|" + voter, answer.author(), LedgerRows.ANSWER_UPVOTED_POINTS,
                        "answer-upvoted", issue, answer.at(), "");
            }
            answers.row(aid, id, answer.body(), answer.author(), answer.at(), 0L, false, upvotes, 0);
            activity("answer:" + aid, "answered", answer.author(), issue, tags, answer.body(), null, answer.at());
            if (a == q.acceptedAnswer()) {
                accepted = aid;
                if (!answer.author().equals(q.author())) {
                    ledger.award("answer-accepted|" + aid, answer.author(), ANSWER_ACCEPTED_POINTS,
                            "answer-accepted", issue, answer.at(), "");
                }
                activity("accepted:" + aid, "accepted", q.author(), issue, tags, answer.body(), answer.author(),
                        answer.at());
            }
        }
        questions.row(id, q.title(), q.body(), q.author(), issue.id(), issue.projectId(), hashtags,
                q.title().toLowerCase(Locale.ROOT), q.at(), 0L, false, accepted, score, q.answers().size(), 0L);
    }
}
