package com.socialitsm.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.BallotMarker;
import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.DeskVisitEntity;
import com.socialitsm.store.IdeaCommentEntity;
import com.socialitsm.store.IdeaEntity;
import com.socialitsm.store.IdeaVoteEntity;
import com.socialitsm.store.PollBallotEntity;
import com.socialitsm.store.PollChoiceEntity;
import com.socialitsm.store.PollEntity;
import com.socialitsm.store.ListenSourceEntity;
import com.socialitsm.store.KnownIssueEntity;
import com.socialitsm.store.KnownIssueFollowerEntity;
import com.socialitsm.store.KnownIssueMeTooEntity;
import com.socialitsm.store.KnownIssueUpdateEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;
import com.socialitsm.store.VoteEntity;

/**
 * Moves every stored reference to one user key onto another: what a host does when it anonymizes a user (Jira
 * replaces {@code admin} by {@code JIRAUSER10100}) or otherwise changes a key. Plain columns are rewritten;
 * composite unique keys that embed the user ({@code follower|target}, {@code issueId|voter}, ...) are rebuilt, and
 * where the new key already holds the same unique row the old row is dropped (a period total is added in first),
 * so the rewrite never trips a unique constraint and running it twice changes nothing.
 *
 * <p>Rows are rewritten through the {@link Store} (find, set, save), in batches of their own transactions, because
 * Active Objects offers no portable UPDATE and one user may own very many feed rows. Free text (kudos messages,
 * question bodies) is content, not a reference, and is left alone.
 *
 * <p>Some keys embed the user as one segment of a larger key: activity source keys ({@code vote:10001|alice},
 * {@code tagged:10001:<at>:alice}), ledger slots and source keys ({@code first-tag|alice|vpn#1},
 * {@code kudos|alice|19849|0#1}), ledger details, and the leaderboard opt-out/exclusion settings
 * ({@code kudos.hide|optout|alice}). Those segments (delimited by {@code | : #} or the ends) are rewritten too, so an
 * anonymized key leaves no trace; a segment that only contains the key as part of a longer word is not touched.
 * Source keys that were too long and stored as a hash ({@code vote:#<sha256>}) cannot be recognised and stay.
 */
public final class UserKeyRewriter {
    static final int DEFAULT_BATCH_SIZE = 200;
    private static final String USER_TARGET = "user:";

    /** Every place a user key is stored, in the order {@link #rewrite} visits them. */
    public enum Reference {
        FOLLOWER, FOLLOWED_USER, ACTIVITY_ACTOR, ACTIVITY_SUBJECT, ACTIVITY_TARGET, FEED_ITEM, VOTE, POINTS_ENTRY,
        POINTS_TOTAL, KUDOS_GIVER, KUDOS_RECEIVER, BADGE, QUESTION_AUTHOR, ANSWER_AUTHOR, QA_VOTE, HASHTAG_TAGGER,
        VISIT_AGENT, VISIT_REPORTER, IDEA_AUTHOR, IDEA_STATUS_BY, IDEA_VOTER, IDEA_COMMENT_AUTHOR,
        /**
         * A poll's asker, and the voter of a named poll's ballot. An anonymous ballot holds no key but a keyed hash;
         * while its poll is open (still has its key) the hash of the old key is replaced by the hash of the new one in
         * the same step, so the user keeps one ballot there, may change it and sees it. Those ballots are never
         * counted, so neither the count shown before an anonymization nor the progress tells anyone that the user
         * voted in an anonymous poll.
         */
        POLL_AUTHOR, POLL_VOTER,
        /** The administrator who added a listening source. */
        LISTEN_SOURCE_CREATOR,
        /** The portal's known issues: their agent author, customers' me-toos and follows, agents' public updates. */
        KNOWN_ISSUE_CREATOR, KNOWN_ISSUE_ME_TOO, KNOWN_ISSUE_FOLLOWER, KNOWN_ISSUE_UPDATE_AUTHOR,
        /** The user as a segment of an activity's source key. */
        ACTIVITY_SOURCE,
        /** The user as a segment of a ledger row's slot, source key or detail (first-tag, kudos, upvote slots). */
        POINTS_SOURCE,
        /** The user as a segment of a setting's key (leaderboard opt-out, admin exclusion). */
        SETTING
    }

    /** Told after each {@link Reference} is done, so a host can report progress of a long rewrite. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (reference, rows) -> { };

        void referenceDone(Reference reference, int rowsRewritten);
    }

    /** How many rows refer to a user, per place. */
    public record UserReferences(Map<Reference, Integer> counts) {
        public UserReferences {
            counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int of(Reference reference) {
            return counts.getOrDefault(reference, 0);
        }
    }

    private final Store store;
    private final int batchSize;

    public UserKeyRewriter(Store store) {
        this(store, DEFAULT_BATCH_SIZE);
    }

    UserKeyRewriter(Store store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    /** How many stored rows refer to this user key. */
    public UserReferences countReferences(String userKey) {
        Map<Reference, Integer> counts = new EnumMap<>(Reference.class);
        for (Reference reference : Reference.values()) {
            Embedded<?> embedded = embedded(reference, userKey, userKey);
            if (embedded != null) {
                counts.put(reference, scan(embedded, false));
                continue;
            }
            Step<?> step = step(reference, userKey, userKey);
            counts.put(reference, store.count(step.type(), step.column() + " = ?", step.oldValue()));
        }
        return new UserReferences(counts);
    }

    /** Rewrites every reference to {@code oldKey} into {@code newKey}; returns how many rows each place had. */
    public UserReferences rewrite(String oldKey, String newKey, ProgressListener progress) {
        Objects.requireNonNull(oldKey, "oldKey");
        Objects.requireNonNull(newKey, "newKey");
        if (oldKey.isBlank() || newKey.isBlank()) {
            throw new IllegalArgumentException("user keys must not be blank");
        }
        Map<Reference, Integer> counts = new EnumMap<>(Reference.class);
        for (Reference reference : Reference.values()) {
            Embedded<?> embedded = embedded(reference, oldKey, newKey);
            int rows = oldKey.equals(newKey) ? 0
                    : embedded != null ? scan(embedded, true) : run(step(reference, oldKey, newKey));
            if (reference == Reference.POLL_VOTER && !oldKey.equals(newKey)) {
                rehashAnonymousBallots(oldKey, newKey); // not counted: see POLL_VOTER
            }
            counts.put(reference, rows);
            progress.referenceDone(reference, rows);
        }
        return new UserReferences(counts);
    }

    /**
     * One place a key is stored: the rows whose {@code column} equals {@code oldValue}, and what to do with each.
     * Every rewrite changes the column or deletes the row, so the next batch never sees the same row again.
     */
    private record Step<E extends RawEntity<Integer>>(Class<E> type, String column, String oldValue,
                                                      RowRewrite<E> rewrite) {
    }

    @FunctionalInterface
    private interface RowRewrite<E> {
        void apply(E row);
    }

    private <E extends RawEntity<Integer>> int run(Step<E> step) {
        int total = 0;
        int batch;
        do {
            batch = store.executeInTransaction(() -> {
                E[] rows = store.find(step.type(),
                        Query.select().where(step.column() + " = ?", step.oldValue()).order("ID ASC").limit(batchSize));
                for (E row : rows) {
                    step.rewrite().apply(row);
                }
                return rows.length;
            });
            total += batch;
        } while (batch == batchSize);
        return total;
    }

    /**
     * A place where the key is one segment of a longer value: candidates are found with LIKE on each column (a
     * superset), confirmed with {@link Segments}, and walked by id, since a candidate that is not a match stays.
     */
    private record Embedded<E extends net.java.ao.Entity>(Class<E> type, List<String> columns, Segments segments,
                                                          java.util.function.Predicate<E> matches,
                                                          RowRewrite<E> rewrite) {
    }

    /** Finds and replaces {@code key} where it stands as a whole segment between {@code | : #} or the ends. */
    record Segments(String oldKey, String newKey) {
        private Pattern pattern() {
            return Pattern.compile("(?<=^|[|:#])" + Pattern.quote(oldKey) + "(?=$|[|:#])");
        }

        boolean in(String value) {
            return value != null && pattern().matcher(value).find();
        }

        String replaced(String value) {
            return value == null ? null : pattern().matcher(value).replaceAll(Matcher.quoteReplacement(newKey));
        }
    }

    private <E extends net.java.ao.Entity> int scan(Embedded<E> embedded, boolean rewrite) {
        String like = "%" + embedded.segments().oldKey() + "%";
        String criteria = "(" + String.join(" OR ", embedded.columns().stream().map(c -> c + " LIKE ?").toList())
                + ") AND ID > ?";
        int total = 0;
        int lastId = 0;
        while (true) {
            Object[] parameters = new Object[embedded.columns().size() + 1];
            java.util.Arrays.fill(parameters, like);
            parameters[parameters.length - 1] = lastId;
            int from = lastId;
            int[] progress = store.executeInTransaction(() -> {
                E[] rows = store.find(embedded.type(),
                        Query.select().where(criteria, replaceLast(parameters, from)).order("ID ASC").limit(batchSize));
                int matched = 0;
                int last = from;
                for (E row : rows) {
                    last = row.getID();
                    if (embedded.matches().test(row)) {
                        matched++;
                        if (rewrite) {
                            embedded.rewrite().apply(row);
                        }
                    }
                }
                return new int[] {rows.length, matched, last};
            });
            total += progress[1];
            lastId = progress[2];
            if (progress[0] < batchSize) {
                return total;
            }
        }
    }

    private static Object[] replaceLast(Object[] parameters, int value) {
        Object[] copy = parameters.clone();
        copy[copy.length - 1] = value;
        return copy;
    }

    private Embedded<?> embedded(Reference reference, String oldKey, String newKey) {
        Segments segments = new Segments(oldKey, newKey);
        return switch (reference) {
            case ACTIVITY_SOURCE -> new Embedded<>(ActivityEntity.class, List.of("SOURCE_KEY"), segments,
                    row -> segments.in(row.getSourceKey()), row -> {
                        row.setSourceKey(unique(ActivityEntity.class, "SOURCE_KEY",
                                segments.replaced(row.getSourceKey()), row.getID()));
                        row.save();
                    });
            // REVERSES holds the source key of the award a reversal cancels: it is rewritten with the same rule, so
            // the pair still matches and the award stays cancelled.
            case POINTS_SOURCE -> new Embedded<>(PointsEntryEntity.class,
                    List.of("SOURCE_KEY", "SLOT", "DETAIL", "REVERSES"),
                    segments, row -> segments.in(row.getSourceKey()) || segments.in(row.getSlot())
                            || segments.in(row.getDetail()) || segments.in(row.getReverses()), row -> {
                        row.setSourceKey(unique(PointsEntryEntity.class, "SOURCE_KEY",
                                segments.replaced(row.getSourceKey()), row.getID()));
                        row.setSlot(segments.replaced(row.getSlot()));
                        row.setDetail(segments.replaced(row.getDetail()));
                        row.setReverses(segments.replaced(row.getReverses()));
                        row.save();
                    });
            case SETTING -> new Embedded<>(SettingEntity.class, List.of("SETTING_KEY"), segments,
                    row -> segments.in(row.getSettingKey()), row -> {
                        String key = segments.replaced(row.getSettingKey());
                        if (exists(SettingEntity.class, "SETTING_KEY", key)) {
                            store.delete(row);
                        } else {
                            row.setSettingKey(key);
                            if (oldKey.equals(row.getSettingValue())) {
                                row.setSettingValue(newKey);
                            }
                            row.save();
                        }
                    });
            default -> null;
        };
    }

    /**
     * The rewritten unique key, or, when the new user already holds that very key (two accounts merged into one),
     * the key marked with this row's id: both rows are kept (a ledger is append-only) and the constraint holds.
     */
    private String unique(Class<? extends RawEntity<Integer>> type, String column, String key, int id) {
        return exists(type, column, key) ? key + "|merged-" + id : key;
    }

    private Step<?> step(Reference reference, String oldKey, String newKey) {
        return switch (reference) {
            case FOLLOWER -> new Step<>(FollowEntity.class, "FOLLOWER", oldKey, row -> {
                String followKey = newKey + "|" + row.getTarget();
                if (exists(FollowEntity.class, "FOLLOW_KEY", followKey)) {
                    store.delete(row);
                } else {
                    row.setFollower(newKey);
                    row.setFollowKey(followKey);
                    row.save();
                }
            });
            case FOLLOWED_USER -> new Step<>(FollowEntity.class, "TARGET", USER_TARGET + oldKey, row -> {
                String target = USER_TARGET + newKey;
                String followKey = row.getFollower() + "|" + target;
                if (exists(FollowEntity.class, "FOLLOW_KEY", followKey)) {
                    store.delete(row);
                } else {
                    row.setTarget(target);
                    row.setFollowKey(followKey);
                    row.save();
                }
            });
            case ACTIVITY_ACTOR -> new Step<>(ActivityEntity.class, "ACTOR", oldKey, row -> {
                row.setActor(newKey);
                row.save();
            });
            case ACTIVITY_SUBJECT -> new Step<>(ActivityEntity.class, "SUBJECT_USER", oldKey, row -> {
                row.setSubjectUser(newKey);
                row.save();
            });
            case ACTIVITY_TARGET -> new Step<>(ActivityTargetEntity.class, "TARGET", USER_TARGET + oldKey, row -> {
                row.setTarget(USER_TARGET + newKey);
                row.save();
            });
            case FEED_ITEM -> new Step<>(FeedItemEntity.class, "USER_KEY", oldKey, row -> {
                row.setUserKey(newKey);
                row.save();
            });
            case VOTE -> new Step<>(VoteEntity.class, "VOTER", oldKey, row -> {
                String voteKey = row.getIssueId() + "|" + newKey;
                if (exists(VoteEntity.class, "VOTE_KEY", voteKey)) {
                    store.delete(row);
                } else {
                    row.setVoter(newKey);
                    row.setVoteKey(voteKey);
                    row.save();
                }
            });
            case POINTS_ENTRY -> new Step<>(PointsEntryEntity.class, "USER_KEY", oldKey, row -> {
                row.setUserKey(newKey);
                row.save();
            });
            case POINTS_TOTAL -> new Step<>(PointsTotalEntity.class, "USER_KEY", oldKey, row -> {
                String totalKey = row.getPeriodKey() + "|" + newKey;
                PointsTotalEntity[] existing = store.find(PointsTotalEntity.class, "TOTAL_KEY = ?", totalKey);
                if (existing.length > 0) {
                    // Both keys earned points in the same period: one person now, so one total.
                    existing[0].setPoints(existing[0].getPoints() + row.getPoints());
                    existing[0].save();
                    store.delete(row);
                } else {
                    row.setUserKey(newKey);
                    row.setTotalKey(totalKey);
                    row.save();
                }
            });
            case KUDOS_GIVER -> new Step<>(KudosEntity.class, "GIVER", oldKey, row -> {
                row.setGiver(newKey);
                row.setPair(newKey + "|" + row.getReceiver());
                row.save();
            });
            case KUDOS_RECEIVER -> new Step<>(KudosEntity.class, "RECEIVER", oldKey, row -> {
                row.setReceiver(newKey);
                row.setPair(row.getGiver() + "|" + newKey);
                row.save();
            });
            case BADGE -> new Step<>(BadgeEntity.class, "USER_KEY", oldKey, row -> {
                String badgeKey = newKey + "|" + row.getCode();
                if (exists(BadgeEntity.class, "BADGE_KEY", badgeKey)) {
                    store.delete(row);
                } else {
                    row.setUserKey(newKey);
                    row.setBadgeKey(badgeKey);
                    row.save();
                }
            });
            case QUESTION_AUTHOR -> new Step<>(QuestionEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case ANSWER_AUTHOR -> new Step<>(AnswerEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case QA_VOTE -> new Step<>(QaVoteEntity.class, "VOTER", oldKey, row -> {
                String voteKey = row.getPost() + "|" + newKey;
                if (exists(QaVoteEntity.class, "VOTE_KEY", voteKey)) {
                    store.delete(row);
                } else {
                    row.setVoter(newKey);
                    row.setVoteKey(voteKey);
                    row.save();
                }
            });
            case HASHTAG_TAGGER -> new Step<>(IssueHashtagEntity.class, "TAGGED_BY", oldKey, row -> {
                row.setTaggedBy(newKey);
                row.save();
            });
            case VISIT_AGENT -> new Step<>(DeskVisitEntity.class, "AGENT", oldKey, row -> {
                row.setAgent(newKey);
                row.save();
            });
            case VISIT_REPORTER -> new Step<>(DeskVisitEntity.class, "REPORTER", oldKey, row -> {
                row.setReporter(newKey);
                row.save();
            });
            case IDEA_AUTHOR -> new Step<>(IdeaEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case IDEA_STATUS_BY -> new Step<>(IdeaEntity.class, "STATUS_BY", oldKey, row -> {
                row.setStatusBy(newKey);
                row.save();
            });
            case IDEA_VOTER -> new Step<>(IdeaVoteEntity.class, "VOTER", oldKey, row -> {
                String voteKey = row.getIdeaId() + "|" + newKey;
                if (exists(IdeaVoteEntity.class, "VOTE_KEY", voteKey)) {
                    store.delete(row);
                } else {
                    row.setVoter(newKey);
                    row.setVoteKey(voteKey);
                    row.save();
                }
            });
            case IDEA_COMMENT_AUTHOR -> new Step<>(IdeaCommentEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case POLL_AUTHOR -> new Step<>(PollEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case POLL_VOTER -> new Step<>(PollBallotEntity.class, "VOTER", oldKey, row -> {
                String ballotKey = row.getPollId() + ":" + newKey;
                if (exists(PollBallotEntity.class, "BALLOT_KEY", ballotKey)) {
                    store.deleteWithSQL(PollChoiceEntity.class, "BALLOT_ID = ?", row.getID());
                    store.delete(row);
                } else {
                    row.setVoter(newKey);
                    row.setBallotKey(ballotKey);
                    row.save();
                }
            });
            case LISTEN_SOURCE_CREATOR -> new Step<>(ListenSourceEntity.class, "CREATED_BY", oldKey, row -> {
                row.setCreatedBy(newKey);
                row.save();
            });
            case KNOWN_ISSUE_CREATOR -> new Step<>(KnownIssueEntity.class, "CREATED_BY", oldKey, row -> {
                row.setCreatedBy(newKey);
                row.save();
            });
            case KNOWN_ISSUE_ME_TOO -> new Step<>(KnownIssueMeTooEntity.class, "CUSTOMER", oldKey, row -> {
                String meTooKey = row.getKnownIssueId() + "|" + newKey;
                if (exists(KnownIssueMeTooEntity.class, "ME_TOO_KEY", meTooKey)) {
                    store.delete(row);
                } else {
                    row.setCustomer(newKey);
                    row.setMeTooKey(meTooKey);
                    row.save();
                }
            });
            case KNOWN_ISSUE_FOLLOWER -> new Step<>(KnownIssueFollowerEntity.class, "FOLLOWER", oldKey, row -> {
                String followKey = row.getKnownIssueId() + "|" + newKey;
                if (exists(KnownIssueFollowerEntity.class, "FOLLOW_KEY", followKey)) {
                    store.delete(row);
                } else {
                    row.setFollower(newKey);
                    row.setFollowKey(followKey);
                    row.save();
                }
            });
            case KNOWN_ISSUE_UPDATE_AUTHOR -> new Step<>(KnownIssueUpdateEntity.class, "AUTHOR", oldKey, row -> {
                row.setAuthor(newKey);
                row.save();
            });
            case ACTIVITY_SOURCE, POINTS_SOURCE, SETTING -> throw new IllegalStateException(reference + " is embedded");
        };
    }

    /**
     * Walks the anonymous polls that still hold their ballot key (open ones; the key is erased at the close) in
     * batches by id; in each, the ballot of the old key's hash, if any, is moved to the new key's hash. If the new key
     * already has a ballot in that poll, it wins and the old one goes with its choices, as for named ballots. Nothing
     * is logged or returned about which polls had a ballot.
     */
    private void rehashAnonymousBallots(String oldKey, String newKey) {
        int lastId = 0;
        while (true) {
            int from = lastId;
            int[] progress = store.executeInTransaction(() -> {
                PollEntity[] polls = store.find(PollEntity.class, Query.select("ID, BALLOT_SECRET")
                        .where("ANONYMOUS = ? AND BALLOT_SECRET IS NOT NULL AND ID > ?", true, from)
                        .order("ID ASC").limit(batchSize));
                int last = from;
                for (PollEntity poll : polls) {
                    last = poll.getID();
                    String secret = poll.getBallotSecret();
                    String oldBallot = BallotMarker.ballotKey(poll.getID(), BallotMarker.voter(true, secret, oldKey));
                    PollBallotEntity[] ballots = store.find(PollBallotEntity.class,
                            Query.select().where("BALLOT_KEY = ?", oldBallot));
                    if (ballots.length == 0) {
                        continue;
                    }
                    String newVoter = BallotMarker.voter(true, secret, newKey);
                    String newBallot = BallotMarker.ballotKey(poll.getID(), newVoter);
                    if (exists(PollBallotEntity.class, "BALLOT_KEY", newBallot)) {
                        store.deleteWithSQL(PollChoiceEntity.class, "BALLOT_ID = ?", ballots[0].getID());
                        store.delete(ballots[0]);
                    } else {
                        ballots[0].setVoter(newVoter);
                        ballots[0].setBallotKey(newBallot);
                        ballots[0].save();
                    }
                }
                return new int[] {polls.length, last};
            });
            lastId = progress[1];
            if (progress[0] < batchSize) {
                return;
            }
        }
    }

    private boolean exists(Class<? extends RawEntity<Integer>> type, String column, String value) {
        return store.count(type, column + " = ?", value) > 0;
    }
}
