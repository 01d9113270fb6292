package com.socialitsm.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import com.socialitsm.privacy.UserKeyRewriter.Reference;
import com.socialitsm.privacy.UserKeyRewriter.UserReferences;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.DeskVisitEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.VoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class UserKeyRewriterTest {
    private static final String OLD = "alice";
    private static final String NEW = "JIRAUSER10100";

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final EntityManagerStore store = db.store();
    private final UserKeyRewriter rewriter = new UserKeyRewriter(store);

    @Test
    void countsEveryPlaceAUserKeyIsStored() {
        everyReferenceTo(OLD);

        UserReferences references = rewriter.countReferences(OLD);

        for (Reference reference : Reference.values()) {
            assertThat(references.of(reference)).as(reference.name()).isEqualTo(1);
        }
        assertThat(references.total()).isEqualTo(Reference.values().length);
        assertThat(rewriter.countReferences("bob").total()).isEqualTo(3);
    }

    @Test
    void rewriteMovesEveryReferenceAndRebuildsTheCompositeKeys() {
        everyReferenceTo(OLD);

        UserReferences rewritten = rewriter.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);
        store.flushAll();

        assertThat(rewritten.total()).isEqualTo(Reference.values().length);
        assertThat(rewriter.countReferences(OLD).total()).isZero();
        assertThat(rewriter.countReferences(NEW).total()).isEqualTo(Reference.values().length);
        assertThat(column(FollowEntity.class, FollowEntity::getFollowKey))
                .containsExactlyInAnyOrder(NEW + "|issue:1", "bob|user:" + NEW);
        assertThat(column(VoteEntity.class, VoteEntity::getVoteKey)).containsExactly("1|" + NEW);
        assertThat(column(BadgeEntity.class, BadgeEntity::getBadgeKey)).containsExactly(NEW + "|first-answer");
        assertThat(column(PointsTotalEntity.class, PointsTotalEntity::getTotalKey)).containsExactly("week:1:0|" + NEW);
        assertThat(column(QaVoteEntity.class, QaVoteEntity::getVoteKey)).containsExactly("q:1|" + NEW);
        assertThat(column(KudosEntity.class, KudosEntity::getPair))
                .containsExactlyInAnyOrder(NEW + "|bob", "bob|" + NEW);
        assertThat(column(ActivityTargetEntity.class, ActivityTargetEntity::getTarget)).containsExactly("user:" + NEW);
    }

    @Test
    void whereTheNewKeyAlreadyHoldsTheSameUniqueRowTheOldOneIsMergedIntoIt() {
        everyReferenceTo(OLD);
        follow(NEW, "issue:1");
        vote(NEW, 1);
        badge(NEW, "first-answer");
        total(NEW, "week:1:0", 5);

        rewriter.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);
        store.flushAll();

        assertThat(store.count(FollowEntity.class, "FOLLOW_KEY = ?", NEW + "|issue:1")).isEqualTo(1);
        assertThat(store.count(VoteEntity.class, "VOTE_KEY = ?", "1|" + NEW)).isEqualTo(1);
        assertThat(store.count(BadgeEntity.class, "BADGE_KEY = ?", NEW + "|first-answer")).isEqualTo(1);
        PointsTotalEntity[] totals = store.find(PointsTotalEntity.class, "TOTAL_KEY = ?", "week:1:0|" + NEW);
        assertThat(totals).hasSize(1);
        assertThat(totals[0].getPoints()).isEqualTo(5 + 10);
        assertThat(rewriter.countReferences(OLD).total()).isZero();
    }

    @Test
    void runningTheRewriteAgainChangesNothing() {
        everyReferenceTo(OLD);
        rewriter.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);

        UserReferences second = rewriter.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);

        assertThat(second.total()).isZero();
        assertThat(rewriter.countReferences(NEW).total()).isEqualTo(Reference.values().length);
    }

    @Test
    void reportsProgressOncePerPlaceInOrder() {
        everyReferenceTo(OLD);
        List<Reference> reported = new ArrayList<>();

        rewriter.rewrite(OLD, NEW, (reference, rows) -> {
            assertThat(rows).isEqualTo(1);
            reported.add(reference);
        });

        assertThat(reported).containsExactly(Reference.values());
    }

    @Test
    void rewritesRowsBeyondOneBatch() {
        UserKeyRewriter smallBatches = new UserKeyRewriter(store, 2);
        for (long activity = 1; activity <= 5; activity++) {
            store.create(FeedItemEntity.class, Map.of("USER_KEY", OLD, "ACTIVITY_ID", activity, "ISSUE_ID", 1L,
                    "REASON", "issue"));
        }

        UserReferences rewritten = smallBatches.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);

        assertThat(rewritten.of(Reference.FEED_ITEM)).isEqualTo(5);
        assertThat(store.count(FeedItemEntity.class, "USER_KEY = ?", NEW)).isEqualTo(5);
    }

    @Test
    void aReversedAwardStaysReversedAndTheGiverOfKudosAndAnUpvoterAreRenamedInTheLedger() {
        ledger("first-tag|alice|vpn", "first-tag|alice|vpn#1", OLD, "first-tag", "vpn", null);
        ledger("first-tag|alice|vpn", "first-tag|alice|vpn#1:reversed", OLD, "first-tag", "vpn",
                "first-tag|alice|vpn#1");
        ledger("kudos|alice|19800|3", "kudos|alice|19800|3#1", "bob", "kudos", OLD, null);
        ledger("answer-upvoted|7|alice", "answer-upvoted|7|alice#1", "bob", "answer-upvoted", "7", null);
        ledger("first-tag|alicex|vpn", "first-tag|alicex|vpn#1", "alicex", "first-tag", "vpn", null);

        rewriter.rewrite(OLD, NEW, UserKeyRewriter.ProgressListener.NONE);
        store.flushAll();

        PointsEntryEntity[] rows = store.find(PointsEntryEntity.class, Query.select().order("ID"));
        assertThat(rows).extracting(PointsEntryEntity::getSlot).containsExactly("first-tag|" + NEW + "|vpn",
                "first-tag|" + NEW + "|vpn", "kudos|" + NEW + "|19800|3", "answer-upvoted|7|" + NEW,
                "first-tag|alicex|vpn");
        // The reversal still names the award it cancels, so the award is not in force again.
        assertThat(rows[1].getReverses()).isEqualTo(rows[0].getSourceKey()).isEqualTo("first-tag|" + NEW + "|vpn#1");
        assertThat(rows[2].getDetail()).isEqualTo(NEW);
        assertThat(rows[3].getSourceKey()).isEqualTo("answer-upvoted|7|" + NEW + "#1");
        assertThat(rewriter.countReferences(OLD).total()).isZero();
    }

    @Test
    void sameKeyIsANoOpAndBlankKeysAreRejected() {
        everyReferenceTo(OLD);

        assertThat(rewriter.rewrite(OLD, OLD, UserKeyRewriter.ProgressListener.NONE).total()).isZero();
        assertThat(rewriter.countReferences(OLD).total()).isEqualTo(Reference.values().length);
        assertThatThrownBy(() -> rewriter.rewrite(" ", NEW, UserKeyRewriter.ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * One row per {@link Reference} that names the user (the embedded ones: an activity source key, a ledger slot and
     * source key, an opt-out setting); bob appears alongside in three of them (a follower and both kudos).
     */
    private void everyReferenceTo(String user) {
        follow(user, "issue:1");
        follow("bob", "user:" + user);
        store.create(ActivityEntity.class, Map.of("SOURCE_KEY", "vote:1|" + user, "VERB", "upvoted", "ACTOR", user,
                "ISSUE_ID", 1L, "PROJECT_ID", 1L, "CREATED_AT", 1L));
        store.create(ActivityEntity.class, Map.of("SOURCE_KEY", "kudos-1", "VERB", "kudos", "ACTOR", "carol",
                "SUBJECT_USER", user, "ISSUE_ID", 1L, "PROJECT_ID", 1L, "CREATED_AT", 2L));
        store.create(ActivityTargetEntity.class, Map.of("ACTIVITY_ID", 2L, "TARGET", "user:" + user));
        store.create(FeedItemEntity.class, Map.of("USER_KEY", user, "ACTIVITY_ID", 1L, "ISSUE_ID", 1L,
                "REASON", "issue"));
        vote(user, 1);
        store.create(PointsEntryEntity.class, Map.of("SOURCE_KEY", "first-tag|" + user + "|vpn#1",
                "SLOT", "first-tag|" + user + "|vpn", "USER_KEY", user, "POINTS", 10, "REASON", "first-tag", "ISSUE_ID", 1L, "PROJECT_ID", 1L, "CREATED_AT", 1L));
        total(user, "week:1:0", 10);
        store.create(KudosEntity.class, Map.of("GIVER", user, "RECEIVER", "bob", "PAIR", user + "|bob",
                "ISSUE_ID", 1L, "PROJECT_ID", 1L, "POINTS", 5, "CREATED_AT", 1L));
        store.create(KudosEntity.class, Map.of("GIVER", "bob", "RECEIVER", user, "PAIR", "bob|" + user,
                "ISSUE_ID", 1L, "PROJECT_ID", 1L, "POINTS", 5, "CREATED_AT", 2L));
        badge(user, "first-answer");
        QuestionEntity question = store.create(QuestionEntity.class, Map.of("TITLE", "How do I reset the VPN?",
                "AUTHOR", user, "ISSUE_ID", 1L, "PROJECT_ID", 1L, "CREATED_AT", 1L));
        store.create(AnswerEntity.class, Map.of("QUESTION_ID", question.getID(), "AUTHOR", user, "CREATED_AT", 2L));
        store.create(QaVoteEntity.class, Map.of("VOTE_KEY", "q:1|" + user, "POST", "q:1", "VOTER", user,
                "VOTE_VALUE", 1));
        store.create(com.socialitsm.store.SettingEntity.class, Map.of("SETTING_KEY", "kudos.hide|optout|" + user,
                "SETTING_VALUE", user));
        store.create(IssueHashtagEntity.class, Map.of("ISSUE_TAG", "1:vpn", "ISSUE_ID", 1L, "PROJECT_ID", 1L,
                "TAG", "vpn", "TAGGED_AT", 1L, "TAGGED_BY", user));
        store.create(DeskVisitEntity.class, Map.of("ISSUE_ID", 1L, "PROJECT_ID", 1L, "AGENT", user,
                "REPORTER", "carol", "STATE", "pending", "CREATED_AT", 1L));
        store.create(DeskVisitEntity.class, Map.of("ISSUE_ID", 2L, "PROJECT_ID", 1L, "AGENT", "carol",
                "REPORTER", user, "STATE", "confirmed", "CREATED_AT", 1L));
        com.socialitsm.store.IdeaEntity idea = store.create(com.socialitsm.store.IdeaEntity.class, Map.of(
                "PROJECT_ID", 1L, "AUTHOR", user, "TITLE", "Longer desk hours", "STATUS", "planned",
                "STATUS_BY", user, "CREATED_AT", 1L));
        store.create(com.socialitsm.store.IdeaVoteEntity.class, Map.of("VOTE_KEY", idea.getID() + "|" + user,
                "IDEA_ID", (long) idea.getID(), "PROJECT_ID", 1L, "VOTER", user, "CREATED_AT", 1L));
        store.create(com.socialitsm.store.IdeaCommentEntity.class, Map.of("IDEA_ID", (long) idea.getID(),
                "AUTHOR", user, "BODY", "+1", "CREATED_AT", 1L));
        store.create(com.socialitsm.store.PollEntity.class, Map.of("PROJECT_ID", 1L, "AUTHOR", user,
                "QUESTION", "Open at 8?", "OPTIONS", "Yes\nNo", "CLOSES_AT", 2L, "CREATED_AT", 1L));
        store.create(com.socialitsm.store.PollBallotEntity.class, Map.of("BALLOT_KEY", "1:" + user, "POLL_ID", 1L,
                "VOTER", user, "REVISION", 0));
        store.create(com.socialitsm.store.ListenSourceEntity.class, Map.of("SOURCE_NAME", "ops", "SOURCE_FORMAT",
                "plain", "SECRET_HASH", "hash-" + user, "SECRET", "secret-" + user, "CREATED_AT", 1L,
                "CREATED_BY", user));
        // The portal's known issues: written by the user, a me-too and a follow of the user, an update of theirs.
        store.create(com.socialitsm.store.KnownIssueEntity.class, Map.of("ISSUE_ID", 1L, "PROJECT_ID", 1L,
                "PORTAL_ID", 1L, "TITLE", "t", "STATE", "investigating", "CREATED_BY", user, "CREATED_AT", 1L,
                "UPDATED_AT", 1L));
        store.create(com.socialitsm.store.KnownIssueMeTooEntity.class, Map.of("ME_TOO_KEY", "7|" + user,
                "KNOWN_ISSUE_ID", 7L, "CUSTOMER", user, "CREATED_AT", 1L));
        store.create(com.socialitsm.store.KnownIssueFollowerEntity.class, Map.of("FOLLOW_KEY", "7|" + user,
                "KNOWN_ISSUE_ID", 7L, "FOLLOWER", user, "CREATED_AT", 1L));
        store.create(com.socialitsm.store.KnownIssueUpdateEntity.class, Map.of("KNOWN_ISSUE_ID", 7L,
                "AUTHOR", user, "MESSAGE", "m", "STATE", "fixed", "CREATED_AT", 1L));
    }

    private void ledger(String slot, String sourceKey, String user, String reason, String detail, String reverses) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("SOURCE_KEY", sourceKey, "SLOT", slot,
                "USER_KEY", user, "POINTS", reverses == null ? 5 : -5, "REASON", reason, "ISSUE_ID", 1L,
                "PROJECT_ID", 1L, "CREATED_AT", 1L, "DETAIL", detail));
        if (reverses != null) {
            row.put("REVERSES", reverses);
        }
        store.create(PointsEntryEntity.class, row);
    }

    private void follow(String follower, String target) {
        store.create(FollowEntity.class, Map.of("FOLLOW_KEY", follower + "|" + target, "FOLLOWER", follower,
                "TARGET", target, "SINCE", 1L));
    }

    private void vote(String voter, long issueId) {
        store.create(VoteEntity.class, Map.of("VOTE_KEY", issueId + "|" + voter, "ISSUE_ID", issueId,
                "PROJECT_ID", 1L, "VOTER", voter, "CREATED_AT", 1L));
    }

    private void badge(String user, String code) {
        store.create(BadgeEntity.class, Map.of("BADGE_KEY", user + "|" + code, "USER_KEY", user, "CODE", code,
                "AWARDED_AT", 1L));
    }

    private void total(String user, String period, int points) {
        store.create(PointsTotalEntity.class, Map.of("TOTAL_KEY", period + "|" + user, "PERIOD_KEY", period,
                "USER_KEY", user, "POINTS", points));
    }

    private <E extends RawEntity<Integer>> List<String> column(Class<E> type, java.util.function.Function<E, String> getter) {
        return Arrays.stream(store.find(type, Query.select())).map(getter).toList();
    }
}
