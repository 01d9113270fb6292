package com.socialitsm.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

import com.socialitsm.bench.workload.FollowPlan;
import com.socialitsm.bench.workload.IssueHistory;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.WorkloadSize;
import com.socialitsm.follow.FollowService;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.VoteEntity;
import com.socialitsm.tag.ExtractedHashtag;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Loads a generated service-desk history straight into the app's tables: one pass over the issues streams the fact
 * tables (activities and their targets, tags of issues, follows, votes, the points ledger, kudos, Q&amp;A, processed
 * changes, and the heavy users' feeds as fan-out on write delivers them) through PostgreSQL COPY, one connection per
 * table; then SQL derives what the services keep denormalized (hashtag counts per project and day, vote counts,
 * leaderboard totals) with the same definitions the services use; then the indexes Active Objects created are rebuilt and the tables analysed.
 *
 * <p>Rows are what the engine would have written for the same history, with the encodings of the services
 * (source keys, follow keys, period keys). A marker in SETTING records size, seed, loader version and a fingerprint
 * of the schema, and the fan-in threshold it was loaded for: a matching data set is reused, anything else is emptied
 * and loaded again.
 */
public final class DatasetLoader {
    /** Bump when what the loader writes changes, so that stored data sets are loaded again. */
    static final int LOADER_VERSION = 5;
    public static final String MARKER_KEY = "bench.dataset";
    private static final String BADGES_KEY = "bench.badges";
    /** The leaderboard's ledger is padded to this many rows per issue (the budget's 10 M for 1 M issues). */
    static final int LEDGER_ROWS_PER_ISSUE = 10;

    private static final long LEDGER_STREAM = 3;
    private static final int RESOLVED_POINTS = 10;
    private static final int FIRST_TAG_BONUS_POINTS = 15;
    private static final int FIRST_TAG_BONUS_MAX_TAGS = 3;
    private static final int MAX_TAGS_LOOKED_AT = 20;
    private static final int FIRST_RESPONSE_POINTS = 2;
    private static final int ANSWER_ACCEPTED_POINTS = 15;
    private static final int ANSWER_UPVOTED_POINTS = 5;
    private static final int KUDOS_POINTS = 5;
    private static final int DETAIL_LENGTH = 280;

    private final BenchDatabase database;
    private final String schema;
    private final ServiceDesk desk;
    private final EntityManagerStore store;
    private final Consumer<String> log;
    private final int fanInThreshold;
    private final HashtagExtractor extractor = new HashtagExtractor();

    /**
     * @param fanInThreshold the follower count above which a target is fan-in (the app's setting, written with the
     *                       data set so that the services read it too)
     */
    public DatasetLoader(BenchDatabase database, String schema, ServiceDesk desk, EntityManagerStore store,
            int fanInThreshold, Consumer<String> log) {
        this.database = database;
        this.schema = schema;
        this.desk = desk;
        this.store = store;
        this.fanInThreshold = fanInThreshold;
        this.log = log;
    }

    /** What a loaded data set holds, row counts by table. */
    public record LoadReport(boolean reused, Map<String, Long> rows, double seconds) {
    }

    /**
     * The marker of this world for the current code: size, seed, loader version and a digest of every entity's
     * columns as the code declares them, so that a data set made for another schema is loaded again.
     */
    public static String marker(ServiceDesk desk, int fanInThreshold) {
        return String.format(Locale.ROOT, "size=%s seed=%d loader=%d schema=%s fanIn=%d", desk.size().name(),
                desk.seed(), LOADER_VERSION, SchemaDigest.of(com.socialitsm.store.Schema.ENTITIES), fanInThreshold);
    }

    /** Whether the schema holds this world's data set, loaded completely by this version of the loader. */
    public static boolean isLoaded(BenchDatabase database, String schema, ServiceDesk desk, int fanInThreshold) {
        String setting = "\"" + schema + "\".\"" + com.socialitsm.store.TableNames.appPrefix() + "SETTING\"";
        try (Connection connection = database.connect();
                PreparedStatement s = connection.prepareStatement("SELECT \"SETTING_VALUE\" FROM " + setting
                        + " WHERE \"SETTING_KEY\" = ?")) {
            s.setString(1, MARKER_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && marker(desk, fanInThreshold).equals(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Loads the data set into the schema's freshly created, empty tables. */
    public LoadReport load() {
        try (Connection connection = database.connect()) {
            Tables tables = new Tables(store, connection, schema);
            long start = System.nanoTime();
            load(connection, tables);
            writeSetting(connection, tables, BADGES_KEY, "derived");
            writeSetting(connection, tables, FollowService.FAN_IN_THRESHOLD_KEY, Integer.toString(fanInThreshold));
            writeSetting(connection, tables, MARKER_KEY, marker(desk, fanInThreshold));
            return new LoadReport(false, rowCounts(connection, tables), (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading " + desk + " failed: " + e.getMessage(), e);
        }
    }

    /** The row counts of a data set that is there already, after adding what an earlier loader left out. */
    public LoadReport reused() {
        try (Connection connection = database.connect()) {
            log.accept("Data set " + desk + " already loaded in schema " + schema + " ("
                    + marker(desk, fanInThreshold) + ")");
            Tables tables = new Tables(store, connection, schema);
            backfill(connection, tables);
            return new LoadReport(true, rowCounts(connection, tables), 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void load(Connection connection, Tables tables) throws SQLException {
        log.accept("Loading " + desk + " into schema " + schema + " ...");
        TableIndexes indexes = new TableIndexes();
        for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
            if (entity != SettingEntity.class) {
                indexes.drop(connection, schema, tables.name(entity));
            }
        }
        long start = System.nanoTime();
        Facts facts = new Facts(tables);
        try {
            facts.writeAll();
        } finally {
            facts.closeAll();
        }
        log.accept(String.format(Locale.ROOT, "  facts streamed in %.1f s: %s", (System.nanoTime() - start) / 1e9,
                facts.counts()));
        start = System.nanoTime();
        derive(connection, tables, facts);
        log.accept(String.format(Locale.ROOT, "  derived tables in %.1f s", (System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        indexes.restore(connection, line -> log.accept("  index " + line));
        log.accept(String.format(Locale.ROOT, "  indexes rebuilt in %.1f s", (System.nanoTime() - start) / 1e9));
        resetSequences(connection, tables);
        start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
                s.execute("VACUUM ANALYZE " + tables.quoted(entity));
            }
        }
        connection.setAutoCommit(autoCommit);
        log.accept(String.format(Locale.ROOT, "  vacuum analyze in %.1f s", (System.nanoTime() - start) / 1e9));
    }

    // ---- the one pass over the history ---------------------------------------------------------------------

    /** The COPY streams of the fact tables and the state the pass keeps across issues. */
    private final class Facts {
        private final Tables tables;
        private final Map<Class<?>, CopyWriter> writers = new LinkedHashMap<>();
        private final CopyWriter activities;
        private final CopyWriter targets;
        private final CopyWriter issueTags;
        private final CopyWriter follows;
        private final CopyWriter votes;
        private final CopyWriter ledger;
        private final CopyWriter kudos;
        private final CopyWriter questions;
        private final CopyWriter answers;
        private final CopyWriter qaVotes;
        private final CopyWriter processed;
        private final CopyWriter feedItems;
        /** Heavy users by what they follow (stored target form), for fan-out during the pass. */
        private final Map<String, List<Integer>> heavyByTarget = new HashMap<>();
        /**
         * Targets with more followers by choice than the app's fan-in threshold: as FollowService leaves them after
         * the follow that crossed it, their rows are FAN_IN and fan-out skips them (the feed reads them by fan-in).
         */
        private final Set<String> fanInTargets = new HashSet<>();
        private final HeavyFeed[] heavyFeeds;
        private long activityId;
        private long ledgerId;
        private int questionId;
        private int answerId;
        /** First-tag slots in force ("first-tag|user|tag"), as the kudos ledger keeps them. */
        private final Set<String> firstTagsInForce = new HashSet<>();
        /** How many awards each slot has had so far, for the n of its source key {@code slot#n}. */
        private final Map<String, Integer> slotAwards = new HashMap<>();
        /** Awards of the issue being written that a reopening may reverse, by source key. */
        private final Map<String, Object[]> lastAward = new HashMap<>();
        final List<String> heavyUsers = new ArrayList<>();

        Facts(Tables tables) throws SQLException {
            this.tables = tables;
            activities = open(ActivityEntity.class, "ID", "SOURCE_KEY", "VERB", "ACTOR", "ISSUE_ID", "PROJECT_ID",
                    "HASHTAGS", "DETAIL", "SUBJECT_USER", "CREATED_AT");
            targets = open(ActivityTargetEntity.class, "ACTIVITY_ID", "TARGET");
            issueTags = open(IssueHashtagEntity.class, "ISSUE_TAG", "ISSUE_ID", "PROJECT_ID", "TAG", "DISPLAY",
                    "SOURCE", "TAGGED_AT", "TAGGED_BY");
            follows = open(FollowEntity.class, "FOLLOW_KEY", "FOLLOWER", "TARGET", "SINCE", "AUTO", "MUTED",
                    "FAN_IN");
            votes = open(VoteEntity.class, "VOTE_KEY", "ISSUE_ID", "PROJECT_ID", "VOTER", "CREATED_AT");
            ledger = open(PointsEntryEntity.class, "ID", "SOURCE_KEY", "SLOT", "USER_KEY", "POINTS", "REASON",
                    "ISSUE_ID", "PROJECT_ID", "CREATED_AT", "REVERSES", "DETAIL");
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
            heavyFeeds = new HeavyFeed[desk.size().heavyUsers()];
            for (int h = 0; h < heavyFeeds.length; h++) {
                heavyFeeds[h] = new HeavyFeed(desk.size().feedRowsPerHeavyUser());
            }
        }

        private CopyWriter open(Class<? extends RawEntity<?>> entity, String... columns) throws SQLException {
            CopyWriter writer = new CopyWriter(database.connectTo(schema), tables.name(entity), List.of(columns),
                    tables.columnsOf(entity));
            writers.put(entity, writer);
            return writer;
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            writers.forEach((entity, writer) -> counts.put(((Class<?>) entity).getSimpleName()
                    .replace("Entity", ""), writer.rows()));
            return counts;
        }

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
            for (int h = 0; h < desk.size().heavyUsers(); h++) {
                heavyUsers.add(desk.heavyUser(h));
            }
            int users = desk.size().users() + desk.size().heavyUsers();
            Map<String, Integer> followers = new HashMap<>();
            for (int user = 0; user < users; user++) {
                for (FollowPlan.Choice choice : FollowPlan.of(desk, user)) {
                    followers.merge(choice.target(), 1, Integer::sum);
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
                    follows.row(choice.follower() + "|" + choice.target(), choice.follower(), choice.target(), since,
                            false, false, fanInTargets.contains(choice.target()));
                    if (desk.isHeavy(user)) {
                        heavyByTarget.computeIfAbsent(choice.target(), t -> new ArrayList<>())
                                .add(user - desk.size().users());
                    }
                }
            }
            long start = System.nanoTime();
            int issues = desk.size().issues();
            for (int index = 0; index < issues; index++) {
                issue(IssueHistory.generate(desk, index));
                if ((index + 1) % 100_000 == 0) {
                    log.accept(String.format(Locale.ROOT, "  %,d issues, %,d activities, %,d ledger rows (%.0f s)",
                            index + 1, activityId, ledgerId, (System.nanoTime() - start) / 1e9));
                }
            }
            padLedger();
            for (int h = 0; h < heavyFeeds.length; h++) {
                String user = heavyUsers.get(h);
                heavyFeeds[h].forEachOldestFirst((activity, issue, reason) ->
                        feedItems.row(user, activity, issue, REASONS[reason]));
            }
        }

        /** Tag state of the issue being written: display, source and when. */
        private record TagState(String display, String source, long at, String by) {
        }

        private void issue(IssueHistory issue) {
            lastAward.clear();
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
                        detail = excerpt(comment);
                        if (!firstResponse && !event.actor().equals(issue.reporter())) {
                            firstResponse = true;
                            award("first-response|" + issue.id(), event.actor(), FIRST_RESPONSE_POINTS,
                                    "first-response", issue, event.at(), "");
                        }
                    }
                    case RESOLVED -> {
                        verb = "resolved";
                        // IssueAwards.resolved: the assignee earns, unless they reported the issue themselves.
                        if (assignee.isPresent() && !assignee.get().equals(issue.reporter()) && inForce.isEmpty()) {
                            String user = assignee.get();
                            inForce.add(award("resolved|" + issue.id(), user, RESOLVED_POINTS, "resolved", issue,
                                    event.at(), ""));
                            int bonuses = 0;
                            int looked = 0;
                            for (String tag : tags.keySet()) {
                                if (looked++ == MAX_TAGS_LOOKED_AT) {
                                    break;
                                }
                                String slot = "first-tag|" + user + "|" + tag;
                                if (firstTagsInForce.add(slot)) {
                                    int points = bonuses < FIRST_TAG_BONUS_MAX_TAGS ? FIRST_TAG_BONUS_POINTS : 0;
                                    bonuses += points > 0 ? 1 : 0;
                                    inForce.add(award(slot, user, points, "first-tag", issue, event.at(), tag));
                                }
                            }
                        }
                    }
                    case REOPENED -> {
                        verb = "reopened";
                        // IssueAwards.reopened: every resolution award in force is reversed.
                        for (String award : inForce) {
                            reverse(award, event.at());
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
                votes.row(issue.id() + "|" + vote.voter(), issue.id(), issue.projectId(), vote.voter(), vote.at());
                // VoteService: the voter takes part (follows the issue) and "upvoted" goes into the stream.
                autoFollow(issue, vote.voter(), vote.at(), autoFollowers);
                activity("vote:" + issue.id() + "|" + vote.voter(), "upvoted", vote.voter(), issue, tags.keySet(),
                        null, null, vote.at());
            }
            for (IssueHistory.Kudos thanks : issue.kudos()) {
                kudos.row(thanks.giver(), thanks.receiver(), thanks.giver() + "|" + thanks.receiver(), issue.id(),
                        issue.projectId(), thanks.message(), KUDOS_POINTS, thanks.at());
                activity("kudos:" + issue.id() + "|" + thanks.giver(), "kudos", thanks.giver(), issue,
                        tags.keySet(), thanks.message(), thanks.receiver(), thanks.at());
                long day = Math.floorDiv(thanks.at(), 86_400_000L);
                award("kudos|" + thanks.giver() + "|" + day + "|" + issue.id(), thanks.receiver(), KUDOS_POINTS,
                        "kudos", issue, thanks.at(), "");
            }
            issue.question().ifPresent(q -> question(issue, q, tags.keySet()));
        }

        private void autoFollow(IssueHistory issue, String user, long at, Set<String> already) {
            if (already.add(user)) {
                String target = "issue:" + issue.id();
                follows.row(user + "|" + target, user, target, at, true, false, false);
            }
        }

        private long activity(String sourceKey, String verb, String actor, IssueHistory issue,
                Set<String> hashtags, String detail, String subject, long at) {
            long id = ++activityId;
            activities.row(id, sourceKey, verb, actor, issue.id(), issue.projectId(), joinTags(hashtags), detail,
                    subject, at);
            Set<String> keys = new LinkedHashSet<>();
            keys.add("issue:" + issue.id());
            hashtags.forEach(tag -> keys.add("hashtag:" + tag));
            keys.add("user:" + actor);
            if (subject != null) {
                keys.add("user:" + subject);
            }
            keys.add("project:" + issue.projectId());
            keys.forEach(key -> targets.row(id, key));
            fanOutToHeavyUsers(id, issue.id(), actor, keys);
            return id;
        }

        /**
         * What fan-out on write delivers to the heavy users: every activity on a target they follow except their
         * own, once, with the closest follow as the reason (issue, then user, then hashtag, then project).
         */
        private void fanOutToHeavyUsers(long activityId, long issueId, String actor, Set<String> keys) {
            Map<Integer, Integer> reasons = null;
            for (String key : keys) {
                List<Integer> followers = fanInTargets.contains(key) ? null : heavyByTarget.get(key);
                if (followers == null) {
                    continue;
                }
                int reason = reasonOf(key);
                for (int h : followers) {
                    if (reasons == null) {
                        reasons = new HashMap<>();
                    }
                    reasons.merge(h, reason, Math::min);
                }
            }
            if (reasons != null) {
                reasons.forEach((h, reason) -> {
                    if (!heavyUsers.get(h).equals(actor)) {
                        heavyFeeds[h].add(activityId, issueId, reason);
                    }
                });
            }
        }

        /**
         * Writes the next award of a slot as the kudos Ledger does (source key {@code slot#n}) and returns its source
         * key.
         */
        private String award(String slot, String user, int points, String reason, IssueHistory issue, long at,
                String detail) {
            int n = slotAwards.merge(slot, 1, Integer::sum);
            String sourceKey = slot + "#" + n;
            ledger.row(++ledgerId, sourceKey, slot, user, points, reason, issue == null ? 0L : issue.id(),
                    issue == null ? 0L : issue.projectId(), at, null, detail);
            lastAward.put(sourceKey, new Object[] {slot, user, points, reason, issue});
            return sourceKey;
        }

        /** The reversal of an award: same slot, user, reason and issue, negated points, REVERSES set. */
        private void reverse(String sourceKey, long at) {
            Object[] award = lastAward.remove(sourceKey);
            IssueHistory issue = (IssueHistory) award[4];
            String slot = (String) award[0];
            ledger.row(++ledgerId, sourceKey + ":reversed", slot, award[1], -(Integer) award[2], award[3],
                    issue.id(), issue.projectId(), at, sourceKey, null);
            firstTagsInForce.remove(slot);
        }

        private void question(IssueHistory issue, IssueHistory.Question q, Set<String> tags) {
            int id = ++questionId;
            int accepted = 0;
            int score = 0;
            List<String> voters = new ArrayList<>();
            SplittableRandom random = desk.random(LEDGER_STREAM + 1, id);
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
                    award("answer-upvoted|" + aid + "|" + voter, answer.author(), ANSWER_UPVOTED_POINTS,
                            "answer-upvoted", issue, answer.at(), "");
                }
                answers.row(aid, id, answer.body(), answer.author(), answer.at(), 0L, false, upvotes, 0);
                activity("answer:" + aid, "answered", answer.author(), issue, tags, excerpt(answer.body()), null,
                        answer.at());
                if (a == q.acceptedAnswer()) {
                    accepted = aid;
                    if (!answer.author().equals(q.author())) {
                        award("answer-accepted|" + aid, answer.author(), ANSWER_ACCEPTED_POINTS,
                                "answer-accepted", issue, answer.at(), "");
                    }
                    activity("accepted:" + aid, "accepted", q.author(), issue, tags, excerpt(answer.body()),
                            answer.author(), answer.at());
                }
            }
            questions.row(id, q.title(), q.body(), q.author(), issue.id(), issue.projectId(), hashtags,
                    q.title().toLowerCase(Locale.ROOT), q.at(), 0L, false, accepted, score, q.answers().size(), 0L);
        }

        /**
         * The rules above earn about three ledger rows per issue; the budget's ledger has ten. The rest are peer
         * awards (upvoted answers) spread evenly over the history and over people by Zipf, as a long-running
         * community would have them, so that the ledger's size is the budget's and its shape a real one.
         */
        private void padLedger() {
            long wanted = (long) LEDGER_ROWS_PER_ISSUE * desk.size().issues();
            SplittableRandom random = desk.random(LEDGER_STREAM, 0);
            long from = desk.historyStart().toEpochMilli();
            long span = ServiceDesk.HISTORY_END.toEpochMilli() - from;
            long padding = wanted - ledgerId;
            for (long n = 0; n < padding; n++) {
                long at = from + span * n / Math.max(1, padding);
                String user = random.nextInt(10) < 7 ? desk.chooseColleague(random) : desk.chooseCustomer(random);
                long projectId = desk.projectId(desk.chooseProject(random));
                String slot = "answer-upvoted|archive" + n + "|" + user;
                ledger.row(++ledgerId, slot + "#1", slot, user, ANSWER_UPVOTED_POINTS, "answer-upvoted", 0L,
                        projectId, at, null, "");
            }
        }
    }

    /** Follow reasons by closeness, as FEED_ITEM.REASON stores them. */
    static final String[] REASONS = {"issue", "user", "hashtag", "project"};

    static int reasonOf(String target) {
        String type = target.substring(0, target.indexOf(':'));
        for (int i = 0; i < REASONS.length; i++) {
            if (REASONS[i].equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(target);
    }

    /** The newest items of one heavy user's feed: a ring of the last {@code capacity} deliveries. */
    static final class HeavyFeed {
        private final long[] activities;
        private final long[] issues;
        private final byte[] reasons;
        private long added;

        HeavyFeed(int capacity) {
            activities = new long[capacity];
            issues = new long[capacity];
            reasons = new byte[capacity];
        }

        void add(long activityId, long issueId, int reason) {
            int at = (int) (added++ % activities.length);
            activities[at] = activityId;
            issues[at] = issueId;
            reasons[at] = (byte) reason;
        }

        interface Item {
            void accept(long activityId, long issueId, int reason);
        }

        void forEachOldestFirst(Item item) {
            long from = Math.max(0, added - activities.length);
            for (long n = from; n < added; n++) {
                int at = (int) (n % activities.length);
                item.accept(activities[at], issues[at], reasons[at]);
            }
        }
    }

    static String joinTags(Set<String> tags) {
        StringBuilder joined = new StringBuilder();
        for (String tag : tags) {
            if (joined.length() + tag.length() + 1 > 450) {
                break;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(tag);
        }
        return joined.toString();
    }

    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= DETAIL_LENGTH ? line : line.substring(0, DETAIL_LENGTH - 1) + "\u2026";
    }

    // ---- what the services keep denormalized, derived in SQL with their definitions ----------------------

    private void derive(Connection connection, Tables tables, Facts facts) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET work_mem = '256MB'");
            String issueTags = tables.quoted(IssueHashtagEntity.class);
            // HASHTAG: first use's spelling and time, the exact count of issues carrying it.
            s.execute("INSERT INTO " + tables.quoted(HashtagEntity.class)
                    + " (\"TAG\", \"DISPLAY\", \"CREATED_AT\", \"BLOCKED\", \"ISSUE_COUNT\") "
                    + "SELECT \"TAG\", (array_agg(\"DISPLAY\" ORDER BY \"TAGGED_AT\", \"ID\"))[1], min(\"TAGGED_AT\"),"
                    + " false, count(*) FROM " + issueTags + " GROUP BY \"TAG\"");
            // HASHTAG_DAY: issues tagged per tag, project and UTC day.
            s.execute("INSERT INTO " + tables.quoted(HashtagDayEntity.class)
                    + " (\"DAY_KEY\", \"TAG\", \"PROJECT_ID\", \"EPOCH_DAY\", \"USES\") "
                    + "SELECT \"TAG\" || '|' || \"PROJECT_ID\" || '|' || d, \"TAG\", \"PROJECT_ID\", d, count(*) FROM "
                    + "(SELECT \"TAG\", \"PROJECT_ID\", floor(\"TAGGED_AT\" / 86400000.0)::int AS d FROM " + issueTags
                    + ") x GROUP BY \"TAG\", \"PROJECT_ID\", d");
            deriveOptional(s, tables, "HashtagProject", "INSERT INTO %s (\"TAG_PROJECT_KEY\", \"TAG\", \"PROJECT_ID\","
                    + " \"ISSUE_COUNT\") SELECT \"TAG\" || '|' || \"PROJECT_ID\", \"TAG\", \"PROJECT_ID\", count(*) FROM "
                    + issueTags + " GROUP BY \"TAG\", \"PROJECT_ID\"");
            deriveOptional(s, tables, "IssueVotes", "INSERT INTO %s (\"ISSUE_ID\", \"PROJECT_ID\", \"VOTE_COUNT\","
                    + " \"COUNTED_AT\") SELECT \"ISSUE_ID\", min(\"PROJECT_ID\"), count(*), max(\"CREATED_AT\") FROM "
                    + tables.quoted(VoteEntity.class) + " GROUP BY \"ISSUE_ID\"");
            deriveTotals(s, tables);
            deriveBadges(s, tables);
        }
    }

    /** A derived table of an entity that is not in every version of the schema (merged from a feature branch). */
    private void deriveOptional(Statement s, Tables tables, String tableSuffix, String sqlTemplate)
            throws SQLException {
        for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
            if (entity.getSimpleName().equals(tableSuffix + "Entity")) {
                s.execute(String.format(Locale.ROOT, sqlTemplate, tables.quoted(entity)));
            }
        }
    }

    /**
     * POINTS_TOTAL as the leaderboard rollup leaves it after rolling up the whole ledger: one row per user and
     * bucket, bucket = {@code week:<epoch day of Monday>:<project>}, {@code month:<epoch day of the 1st>:<project>},
     * {@code all:<season start>:<project>}, each for the row's project and for 0 (all projects); then the rollup
     * watermark at the last ledger id, so nothing is left in the tail.
     */
    private void deriveTotals(Statement s, Tables tables) throws SQLException {
        String ledger = tables.quoted(PointsEntryEntity.class);
        String buckets = "SELECT \"USER_KEY\", \"POINTS\", p.pid, "
                + "'week:' || (day - ((day + 3) % 7)) AS week, "
                + "'month:' || ((date_trunc('month', to_timestamp(\"CREATED_AT\" / 1000.0) AT TIME ZONE 'UTC'))::date"
                + " - DATE '1970-01-01') AS month, 'all:0' AS alltime "
                + "FROM (SELECT *, floor(\"CREATED_AT\" / 86400000.0)::bigint AS day FROM " + ledger + ") l "
                + "CROSS JOIN LATERAL (VALUES (0::bigint), (l.\"PROJECT_ID\")) p(pid) "
                + "WHERE p.pid = 0 OR l.\"PROJECT_ID\" <> 0";
        String periodKeys = "SELECT \"USER_KEY\", \"POINTS\", b.period || ':' || b.pid AS period_key FROM (" + buckets
                + ") b2 CROSS JOIN LATERAL (VALUES (b2.week, b2.pid), (b2.month, b2.pid), (b2.alltime, b2.pid)) "
                + "b(period, pid)";
        s.execute("INSERT INTO " + tables.quoted(PointsTotalEntity.class)
                + " (\"TOTAL_KEY\", \"PERIOD_KEY\", \"USER_KEY\", \"POINTS\") "
                + "SELECT period_key || '|' || \"USER_KEY\", period_key, \"USER_KEY\", sum(\"POINTS\") FROM ("
                + periodKeys + ") k GROUP BY period_key, \"USER_KEY\" HAVING sum(\"POINTS\") <> 0");
        try (ResultSet rs = s.executeQuery("SELECT coalesce(max(\"ID\"), 0) FROM " + ledger)) {
            rs.next();
            long last = rs.getLong(1);
            s.execute("INSERT INTO " + tables.quoted(SettingEntity.class) + " (\"SETTING_KEY\", \"SETTING_VALUE\") "
                    + "VALUES ('kudos.rollup.watermark', '" + last + "')");
        }
    }

    /** Badges were added to the loader after the first large data sets: derived in place, not reloaded. */
    private void backfill(Connection connection, Tables tables) throws SQLException {
        if (readSetting(connection, tables, BADGES_KEY).isEmpty()) {
            long start = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                deriveBadges(s, tables);
                s.execute("ANALYZE " + tables.quoted(BadgeEntity.class));
            }
            writeSetting(connection, tables, BADGES_KEY, "derived");
            log.accept(String.format(Locale.ROOT, "  badges derived in %.1f s", (System.nanoTime() - start) / 1e9));
        }
    }

    /**
     * BADGE as the kudos feature would have awarded it over the history (Badges): a first resolution, ten
     * resolutions in force, resolutions under ten tags (first-tag slots in force), a first answer accepted by
     * someone else, kudos from five people. Without them every resolution of a busy agent would read all their
     * ledger rows to find out whether a badge is due, which only a brand-new user ever does.
     */
    private void deriveBadges(Statement s, Tables tables) throws SQLException {
        String ledger = tables.quoted(PointsEntryEntity.class);
        // Fresh statistics first: on a just-copied, unanalysed ledger the planner may take the NOT EXISTS below as a
        // nested loop over the whole ledger per row (minutes at 1 M rows instead of a hash anti-join's seconds).
        s.execute("ANALYZE " + ledger);
        String inForce = "SELECT \"USER_KEY\", \"REASON\", \"SLOT\", max(\"CREATED_AT\") AS at FROM " + ledger
                + " l WHERE \"REVERSES\" IS NULL AND NOT EXISTS (SELECT 1 FROM " + ledger + " r WHERE r.\"REVERSES\" = "
                + "l.\"SOURCE_KEY\") GROUP BY \"USER_KEY\", \"REASON\", \"SLOT\"";
        String earned = "SELECT \"USER_KEY\", 'first-resolution' AS code, min(at) AS at FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'resolved' GROUP BY \"USER_KEY\" "
                + "UNION ALL SELECT \"USER_KEY\", 'ten-resolutions', max(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'resolved' GROUP BY \"USER_KEY\" HAVING count(*) >= 10 "
                + "UNION ALL SELECT \"USER_KEY\", 'explorer', max(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'first-tag' GROUP BY \"USER_KEY\" HAVING count(*) >= 10 "
                + "UNION ALL SELECT \"USER_KEY\", 'first-accepted-answer', min(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'answer-accepted' GROUP BY \"USER_KEY\" "
                + "UNION ALL SELECT \"RECEIVER\", 'helpful-peer', max(\"CREATED_AT\") FROM "
                + tables.quoted(KudosEntity.class) + " GROUP BY \"RECEIVER\" HAVING count(DISTINCT \"GIVER\") >= 5";
        s.execute("INSERT INTO " + tables.quoted(BadgeEntity.class)
                + " (\"BADGE_KEY\", \"USER_KEY\", \"CODE\", \"AWARDED_AT\") SELECT \"USER_KEY\" || '|' || code, "
                + "\"USER_KEY\", code, at FROM (" + earned + ") e ON CONFLICT DO NOTHING");
    }

    private void resetSequences(Connection connection, Tables tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
                String table = tables.quoted(entity);
                s.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'ID'), "
                        + "coalesce((SELECT max(\"ID\") FROM " + table + "), 0) + 1, false)");
            }
        }
    }

    // ---- marker and counts ---------------------------------------------------------------------------------

    private static Optional<String> readSetting(Connection connection, Tables tables, String key)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT \"SETTING_VALUE\" FROM "
                + tables.quoted(SettingEntity.class) + " WHERE \"SETTING_KEY\" = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void writeSetting(Connection connection, Tables tables, String key, String value)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM "
                + tables.quoted(SettingEntity.class) + " WHERE \"SETTING_KEY\" = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                        + tables.quoted(SettingEntity.class) + " (\"SETTING_KEY\", \"SETTING_VALUE\") VALUES (?, ?)")) {
            delete.setString(1, key);
            delete.executeUpdate();
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** Approximate row counts from the statistics (exact enough for a report, instant on 20 M rows). */
    private static Map<String, Long> rowCounts(Connection connection, Tables tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = ? AND c.relname = ?")) {
            for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
                s.setString(1, tables.schema());
                s.setString(2, tables.name(entity));
                try (ResultSet rs = s.executeQuery()) {
                    counts.put(tables.name(entity), rs.next() ? Math.max(0, rs.getLong(1)) : 0);
                }
            }
        }
        return counts;
    }
}
