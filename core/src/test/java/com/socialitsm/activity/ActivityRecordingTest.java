package com.socialitsm.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.java.ao.Query;

import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.Participation;
import com.socialitsm.follow.Recipient;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.kudos.KudosReceipt;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.standalone.DatabaseKind;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/** Recording activities from issue changes and from other features, auto-follow, fan-out and deletion. */
@DatabaseTest
class ActivityRecordingTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private SocialTestBed bed;

    @BeforeEach
    void setUp() {
        bed = new SocialTestBed(db.store());
    }

    @Test
    void eachMeaningfulChangeRecordsOneActivityAndAPlainEditRecordsNone() {
        IssueRef issue = bed.create("Printer jammed", "carol");
        bed.comment(issue, "bob", "Have you tried turning it off and on again?");
        issue = bed.assign(issue, "bob", "alice");
        bed.handle(IssueChange.of("r1", issue, "alice", IssueChange.Kind.RESOLVED, bed.clock.tick()));
        bed.handle(IssueChange.of("r2", issue, "carol", IssueChange.Kind.REOPENED, bed.clock.tick()));
        bed.edit(issue, "carol", "Still jammed");
        bed.edit(issue, "carol", "Still jammed #printer");

        assertThat(activities()).extracting(ActivityEntity::getVerb)
                .containsExactly("created", "commented", "assigned", "resolved", "reopened", "tagged");
        ActivityEntity[] rows = activities();
        assertThat(rows[1].getDetail()).isEqualTo("Have you tried turning it off and on again?");
        assertThat(rows[2].getSubjectUser()).isEqualTo("alice");
        assertThat(rows[5].getDetail()).isEqualTo("printer");
        assertThat(rows[5].getHashtags()).isEqualTo("printer");
        assertThat(rows[0].getCreatedAt()).isEqualTo(SocialTestBed.START.plusSeconds(1).toEpochMilli());
    }

    @Test
    void theSameChangeDeliveredTwiceRecordsOneActivity() {
        IssueRef issue = bed.host.addIssue(bed.sd, "VPN down #vpn", "", "carol");
        IssueChange created = IssueChange.of("created-1", issue, "carol", IssueChange.Kind.CREATED, bed.clock.tick());
        bed.app.follows().follow("bob", TargetType.HASHTAG, "vpn");

        assertThat(bed.engine.handle(created)).isEqualTo(ChangeOutcome.APPLIED);
        assertThat(bed.engine.handle(created)).isEqualTo(ChangeOutcome.ALREADY_PROCESSED);

        assertThat(db.store().count(ActivityEntity.class, "ISSUE_ID = ?", issue.id())).isEqualTo(1);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isEqualTo(1);
    }

    @Test
    void recordingTheSameSourceKeyTwiceRecordsOnce() {
        IssueRef issue = bed.create("Laptop slow", "carol");
        ActivityDraft upvote = ActivityDraft.onIssue("vote:" + issue.id() + "|bob", Verb.UPVOTED, "bob", issue,
                List.of(), bed.clock.tick());

        assertThat(bed.app.activity().record(upvote)).isEqualTo(RecordOutcome.RECORDED);
        assertThat(bed.app.activity().record(upvote)).isEqualTo(RecordOutcome.ALREADY_RECORDED);

        assertThat(db.store().count(ActivityEntity.class, "SOURCE_KEY = ?", upvote.sourceKey())).isEqualTo(1);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "carol")).isEqualTo(1);
    }

    @Test
    void racingRecordsOfOneSourceKeyRecordOneActivityAndDeliverItOnce() throws Exception {
        IssueRef issue = bed.create("Laptop slow", "carol");

        List<RecordOutcome> answers = Race.run(8, () -> db.store().executeInTransactionRetryingRaces(3,
                () -> bed.app.activity().record(ActivityDraft.onIssue("kudos:1", Verb.KUDOS, "bob", issue,
                        List.of(), bed.clock.tick()).withSubjectUser("alice").withDetail("Thanks!"))));

        assertThat(answers).containsOnlyOnce(RecordOutcome.RECORDED);
        assertThat(db.store().count(ActivityEntity.class, "SOURCE_KEY = ?", "kudos:1")).isEqualTo(1);
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "carol")).isEqualTo(1);
    }

    @Test
    void participantsFollowTheIssueAndReceiveTheActivityOfTheChangeThatMadeThemFollow() {
        IssueRef issue = bed.create("Mail bounces", "carol");
        assertThat(followersOf(issue)).containsExactly("carol");

        issue = bed.assign(issue, "bob", "alice");
        bed.comment(issue, "dave", "Same here");

        assertThat(followersOf(issue)).containsExactlyInAnyOrder("carol", "alice", "dave");
        assertThat(db.store().find(FollowEntity.class, Query.select().where("FOLLOWER = ?", "alice"))[0].isAuto())
                .isTrue();
        // alice follows because of the assignment and is told of it; dave is not told of his own comment.
        assertThat(feedVerbs("alice")).containsExactly("commented", "assigned");
        assertThat(feedVerbs("carol")).containsExactly("commented", "assigned");
        assertThat(feedVerbs("dave")).isEmpty();
        assertThat(feedVerbs("bob")).isEmpty();
    }

    @Test
    void commentsRacingOnOneIssueAreAllRecordedAndTheCommenterFollowsItOnce() throws Exception {
        IssueRef issue = bed.create("Mail bounces", "carol");
        AtomicInteger changes = new AtomicInteger();

        List<ChangeOutcome> outcomes = Race.run(8, () -> bed.engine.handle(IssueChange.of(
                "race-comment-" + changes.incrementAndGet(), issue, "dave", IssueChange.Kind.COMMENTED,
                bed.clock.tick()).withComment("me too")));

        assertThat(outcomes).containsOnly(ChangeOutcome.APPLIED);
        assertThat(followersOf(issue)).containsExactlyInAnyOrder("carol", "dave");
        assertThat(db.store().count(ActivityEntity.class, "VERB = ?", "commented")).isEqualTo(8);
        assertThat(feedVerbs("carol")).hasSize(8);
    }

    @Test
    void anIssueCreatedAlreadyAssignedIsFollowedByReporterAndAssignee() {
        IssueRef issue = bed.host.update(new IssueRef(bed.host.addIssue(bed.sd, "New laptop", "", "carol").id(),
                "SD-1", bed.sd.id(), "SD", "New laptop", "", "Open", false, Optional.of("alice"),
                Optional.of("carol")));
        bed.handle(IssueChange.of("c-created", issue, "carol", IssueChange.Kind.CREATED, bed.clock.tick()));

        assertThat(followersOf(issue)).containsExactlyInAnyOrder("carol", "alice");
        assertThat(feedVerbs("alice")).containsExactly("created");
    }

    @Test
    void anAdminCanTurnEachAutoFollowRuleOff() {
        bed.app.follows().updateRules(bed.app.follows().rules()
                .with(Participation.REPORTER, false).with(Participation.COMMENTER, false));

        IssueRef issue = bed.create("Mail bounces", "carol");
        bed.comment(issue, "dave", "Same here");
        issue = bed.assign(issue, "bob", "alice");

        assertThat(followersOf(issue)).containsExactly("alice");

        bed.app.follows().updateRules(bed.app.follows().rules().with(Participation.COMMENTER, true));
        bed.comment(issue, "dave", "Still");
        assertThat(followersOf(issue)).containsExactlyInAnyOrder("alice", "dave");
    }

    @Test
    void aMutedIssueIsNotFollowedAgainByTakingPartAndSendsNothing() {
        IssueRef issue = bed.create("Mail bounces #mail", "carol");
        bed.app.follows().follow("dave", TargetType.HASHTAG, "mail");
        bed.app.follows().follow("dave", TargetType.USER, "bob");
        bed.app.follows().mute("dave", issue.key());

        bed.comment(issue, "dave", "I don't care");
        bed.comment(issue, "bob", "I do");

        assertThat(followersOf(issue)).containsExactly("carol", "bob");
        assertThat(feedVerbs("dave")).isEmpty();
        assertThat(feedVerbs("carol")).containsExactly("commented", "commented");
    }

    @Test
    void anActivityReachesEachFollowerOfAnyOfItsTargetsExactlyOnceAndNeverItsActor() {
        IssueRef issue = bed.create("Wifi drops #wifi #office", "carol");
        var follows = bed.app.follows();
        follows.follow("alice", TargetType.HASHTAG, "wifi");
        follows.follow("alice", TargetType.HASHTAG, "office");
        follows.follow("alice", TargetType.ISSUE, issue.key());
        follows.follow("bob", TargetType.PROJECT, "SD");
        follows.follow("dave", TargetType.USER, "erin");
        follows.follow("erin", TargetType.HASHTAG, "office");

        bed.comment(issue, "erin", "Also on floor 3");

        assertThat(feedItems()).extracting(FeedItemEntity::getUserKey, FeedItemEntity::getReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("alice", "issue"),
                        org.assertj.core.groups.Tuple.tuple("bob", "project"),
                        org.assertj.core.groups.Tuple.tuple("carol", "issue"),
                        org.assertj.core.groups.Tuple.tuple("dave", "user"));
        long activityId = activities()[1].getID();
        assertThat(db.store().find(ActivityTargetEntity.class, Query.select()
                .where("ACTIVITY_ID = ?", activityId))).extracting(ActivityTargetEntity::getTarget)
                .containsExactlyInAnyOrder("issue:" + issue.id(), "hashtag:wifi", "hashtag:office", "user:erin",
                        "project:" + bed.sd.id());
    }

    @Test
    void kudosWithoutAnIssueReachTheReceiverWhoFollowsNothing() {
        Outcome<KudosReceipt> given = bed.app.kudos().give("bob", "alice", null, "Thanks for the printer tips!");

        assertThat(given.isDone()).isTrue();
        assertThat(feedItems()).extracting(FeedItemEntity::getUserKey, FeedItemEntity::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", Recipient.SUBJECT_REASON));
        assertThat(bed.app.feed().feed(Optional.of("alice"), FeedQuery.first(20)).items())
                .extracting(item -> item.verb(), item -> item.reason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Verb.KUDOS, Optional.empty()));
    }

    @Test
    void theNewAssigneeIsToldEvenWhenAutoFollowIsOffButNotTheActorAssigningThemself() {
        bed.app.follows().updateRules(bed.app.follows().rules().with(Participation.ASSIGNEE, false));
        IssueRef issue = bed.create("Mail bounces", "carol");

        issue = bed.assign(issue, "bob", "alice");
        bed.assign(issue, "dave", "dave");

        assertThat(followersOf(issue)).containsExactly("carol");
        assertThat(feedVerbs("alice")).containsExactly("assigned");
        assertThat(feedVerbs("dave")).isEmpty();
    }

    @Test
    void aSubjectWhoMutedTheIssueReceivesNothingAndOneWhoFollowsKeepsTheFollowAsReason() {
        IssueRef issue = bed.create("Laptop slow", "carol");
        bed.app.follows().mute("alice", issue.key());
        bed.app.follows().follow("erin", TargetType.ISSUE, issue.key());

        bed.app.activity().record(ActivityDraft.onIssue("kudos:muted", Verb.KUDOS, "bob", issue, List.of(),
                bed.clock.tick()).withSubjectUser("alice"));
        bed.app.activity().record(ActivityDraft.onIssue("kudos:follows", Verb.KUDOS, "bob", issue, List.of(),
                bed.clock.tick()).withSubjectUser("erin"));

        assertThat(feedVerbs("alice")).isEmpty();
        // erin receives both through her follow of the issue, the one about her once, with the follow as reason.
        assertThat(feedItems()).filteredOn(item -> item.getUserKey().equals("erin"))
                .extracting(FeedItemEntity::getReason).containsExactly("issue", "issue");
    }

    @Test
    void deletingAnIssueRemovesItsActivitiesTargetsFeedItemsAndFollows() {
        IssueRef gone = bed.create("Spam #spam", "carol");
        IssueRef kept = bed.create("Real #spam", "carol");
        bed.app.follows().follow("bob", TargetType.HASHTAG, "spam");
        bed.comment(gone, "alice", "delete me");
        bed.comment(kept, "alice", "keep me");

        bed.handle(IssueChange.of("deleted", gone, "admin", IssueChange.Kind.DELETED, bed.clock.tick()));

        assertThat(db.store().count(ActivityEntity.class, "ISSUE_ID = ?", gone.id())).isZero();
        assertThat(db.store().count(FeedItemEntity.class, "ISSUE_ID = ?", gone.id())).isZero();
        assertThat(db.store().count(ActivityTargetEntity.class, "TARGET = ?", "issue:" + gone.id())).isZero();
        assertThat(db.store().count(ActivityTargetEntity.class, "ID > ?", 0))
                .isEqualTo(db.store().count(ActivityEntity.class, "ID > ?", 0) * 4);
        assertThat(db.store().count(FollowEntity.class, "TARGET = ?", "issue:" + gone.id())).isZero();
        assertThat(db.store().count(ActivityEntity.class, "ISSUE_ID = ?", kept.id())).isEqualTo(2);
        assertThat(db.store().count(FeedItemEntity.class, "ISSUE_ID = ?", kept.id())).isEqualTo(2);
    }

    @Test
    void withdrawingAnActivityTakesItOutOfEveryFeed() {
        IssueRef issue = bed.create("Laptop slow", "carol");
        ActivityDraft upvote = ActivityDraft.onIssue("vote:x", Verb.UPVOTED, "bob", issue, List.of(),
                bed.clock.tick());
        bed.app.activity().record(upvote);

        assertThat(bed.app.activity().withdraw("vote:x")).isTrue();
        assertThat(bed.app.activity().withdraw("vote:x")).isFalse();
        assertThat(db.store().count(ActivityEntity.class, "SOURCE_KEY = ?", "vote:x")).isZero();
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "carol")).isZero();
    }

    @Test
    void recordingCostsAFixedNumberOfStatementsWhateverTheNumberOfFollowers() {
        IssueRef issue = bed.create("Outage #outage", "carol");
        int[] followerCounts = {1, 300};
        for (int round = 0; round < followerCounts.length; round++) {
            for (int i = 0; i < followerCounts[round]; i++) {
                bed.app.follows().follow("bob", TargetType.USER, "alice");
                db.store().create(FollowEntity.class, java.util.Map.of("FOLLOW_KEY", "u" + round + "-" + i
                        + "|hashtag:outage", "FOLLOWER", "u" + round + "-" + i, "TARGET", "hashtag:outage",
                        "SINCE", 0L, "AUTO", false, "MUTED", false));
            }
            ActivityDraft draft = ActivityDraft.onIssue("src" + round, Verb.UPVOTED, "alice", issue,
                    List.of("outage"), bed.clock.tick());
            int viaRecord = db.sql().countDuring(() -> bed.app.activity().record(draft));
            ActivityDraft fromEngine = ActivityDraft.onIssue("engine" + round, Verb.COMMENTED, "alice", issue,
                    List.of("outage"), bed.clock.tick()).withDetail("hello");
            int viaEngine = db.sql().countDuring(() -> db.store().executeInTransaction(
                    () -> bed.app.activity().recordAndDeliver(fromEngine, List.of())));

            assertThat(viaRecord).as("statements of record() with %s followers", followerCounts[round])
                    .isEqualTo(4 + insertReturningId());
            assertThat(viaEngine).as("statements of the engine's recording with %s followers",
                    followerCounts[round]).isEqualTo(3 + insertReturningId());
        }
        assertThat(db.store().count(FeedItemEntity.class, "ACTIVITY_ID = ?",
                activities()[activities().length - 1].getID())).isEqualTo(1 + 300 + 1 + 1);
    }

    @Test
    void handlingAnIssueCommentCostsABoundedNumberOfStatements() {
        IssueRef issue = bed.create("Outage #outage", "carol");
        for (int i = 0; i < 50; i++) {
            bed.app.follows().follow("u" + i, TargetType.HASHTAG, "outage");
        }
        bed.comment(issue, "bob", "first");
        int statements = db.sql().countDuring(() -> bed.comment(issue, "bob", "second"));
        // claim, a batch of one row (1) + the change's settings: the project's feature switches and the follow rules
        // in one read (1) + activity insert, audience (which also says the commenter follows the issue already, so
        // no follow insert), feed batch, target batch (4).
        assertThat(statements).isEqualTo(5 + insertReturningId());
    }

    /**
     * Round trips of inserting one row and learning its id: Active Objects on PostgreSQL fetches the sequence value
     * first (SELECT NEXTVAL), elsewhere the database returns the generated key with the insert. Batch inserts, which
     * need no id back, are one round trip everywhere.
     */
    private static int insertReturningId() {
        return db.store().kind() == DatabaseKind.POSTGRES ? 2 : 1;
    }

    private ActivityEntity[] activities() {
        return db.store().find(ActivityEntity.class, Query.select().order("ID"));
    }

    private FeedItemEntity[] feedItems() {
        return db.store().find(FeedItemEntity.class, Query.select().order("ID"));
    }

    private List<String> followersOf(IssueRef issue) {
        return Arrays.stream(db.store().find(FollowEntity.class, Query.select()
                .where("TARGET = ? AND MUTED = ?", FollowTarget.issue(issue.id()).key(), false)))
                .map(FollowEntity::getFollower).toList();
    }

    private List<String> feedVerbs(String user) {
        List<String> verbs = new ArrayList<>();
        for (FeedItemEntity item : db.store().find(FeedItemEntity.class, Query.select()
                .where("USER_KEY = ?", user).order("ACTIVITY_ID DESC"))) {
            verbs.add(db.store().get(ActivityEntity.class, (int) item.getActivityId()).getVerb());
        }
        return verbs;
    }
}
