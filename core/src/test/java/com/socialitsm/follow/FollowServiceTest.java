package com.socialitsm.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class FollowServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private InMemoryHost host;
    private FollowService follows;
    private ProjectRef sd;
    private ProjectRef sec;
    private IssueRef vpnIssue;
    private IssueRef secretIssue;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            host.addUser(user);
        }
        sd = host.addProject("SD");
        sec = host.addProject("SEC");
        host.restrictProject(sec, "alice", "bob");
        vpnIssue = host.addIssue(sd, "VPN down", "#vpn is down", "carol");
        secretIssue = host.addIssue(sec, "Breach", "", "alice");
        follows = new SocialApp(db.store(), Clock.fixed(NOW, ZoneOffset.UTC), host, host, host).follows();
    }

    @Test
    void followingTwiceLeavesOneRowAndAnswersFollowingBothTimes() {
        Outcome<FollowStatus> first = follows.follow("bob", TargetType.ISSUE, vpnIssue.key());
        Outcome<FollowStatus> second = follows.follow("bob", TargetType.ISSUE, vpnIssue.key());

        assertThat(first).isEqualTo(second).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.ISSUE, vpnIssue.key(), true, false, 1)));
        assertThat(db.store().count(FollowEntity.class, "FOLLOWER = ?", "bob")).isEqualTo(1);
    }

    @Test
    void eightThreadsFollowingTheSameTargetAtOnceMakeOneRowAndAllAnswerFollowing() throws Exception {
        for (int round = 0; round < 3; round++) {
            String tag = "race" + round;

            List<Outcome<FollowStatus>> answers = Race.run(8, () -> follows.follow("bob", TargetType.HASHTAG, tag));

            assertThat(answers).containsOnly(Outcome.done(
                    new FollowStatus(TargetType.HASHTAG, tag, true, false, 1)));
            assertThat(db.store().count(FollowEntity.class, "TARGET = ?", "hashtag:" + tag)).isEqualTo(1);
        }
    }

    @Test
    void unfollowingIsIdempotentAndCountsDrop() {
        follows.follow("bob", TargetType.USER, "alice");
        follows.follow("carol", TargetType.USER, "alice");

        Outcome<FollowStatus> once = follows.unfollow("bob", TargetType.USER, "alice");
        Outcome<FollowStatus> twice = follows.unfollow("bob", TargetType.USER, "alice");

        assertThat(once).isEqualTo(twice)
                .isEqualTo(Outcome.done(new FollowStatus(TargetType.USER, "alice", false, false, 1)));
        assertThat(follows.followerCount(FollowTarget.user("alice"))).isEqualTo(1);
    }

    @Test
    void anIssueTheUserCannotBrowseIsNotFoundLikeAMissingOne() {
        assertThat(follows.follow("dave", TargetType.ISSUE, secretIssue.key()))
                .isEqualTo(follows.follow("dave", TargetType.ISSUE, "SD-999999"))
                .satisfies(refused(Problem.NOT_FOUND));
        assertThat(follows.follow("alice", TargetType.ISSUE, secretIssue.key()))
                .isInstanceOf(Outcome.Done.class);
        assertThat(db.store().count(FollowEntity.class, "FOLLOWER = ?", "dave")).isZero();
    }

    @Test
    void anIssueHiddenByItsSecurityLevelIsNotFound() {
        host.restrictIssue(vpnIssue, "carol");
        assertThat(follows.follow("bob", TargetType.ISSUE, vpnIssue.key())).satisfies(refused(Problem.NOT_FOUND));
        assertThat(follows.status(Optional.of("bob"), TargetType.ISSUE, vpnIssue.key()))
                .satisfies(refused(Problem.NOT_FOUND));
    }

    @Test
    void usersAndProjectsMustExistAndProjectsBeBrowsable() {
        assertThat(follows.follow("bob", TargetType.USER, "nobody")).satisfies(refused(Problem.NOT_FOUND));
        assertThat(follows.follow("dave", TargetType.PROJECT, "SEC")).satisfies(refused(Problem.NOT_FOUND));
        assertThat(follows.follow("dave", TargetType.PROJECT, "NOPE")).satisfies(refused(Problem.NOT_FOUND));
        assertThat(follows.follow("dave", TargetType.PROJECT, "SD")).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.PROJECT, "SD", true, false, 1)));
        assertThat(db.store().count(FollowEntity.class, "TARGET = ?", "project:" + sd.id())).isEqualTo(1);
    }

    @Test
    void nobodyFollowsThemselves() {
        assertThat(follows.follow("bob", TargetType.USER, "bob")).satisfies(refused(Problem.INVALID));
    }

    @Test
    void hashtagsAreNormalizedAndInvalidOnesRefused() {
        assertThat(follows.follow("bob", TargetType.HASHTAG, "#VPN")).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.HASHTAG, "vpn", true, false, 1)));
        assertThat(follows.follow("bob", TargetType.HASHTAG, "vpn")).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.HASHTAG, "vpn", true, false, 1)));
        assertThat(follows.follow("bob", TargetType.HASHTAG, "no spaces")).satisfies(refused(Problem.INVALID));
        assertThat(follows.follow("bob", TargetType.HASHTAG, "123")).satisfies(refused(Problem.INVALID));
        assertThat(follows.follow("bob", TargetType.HASHTAG, "x".repeat(65))).satisfies(refused(Problem.INVALID));
        assertThat(db.store().count(FollowEntity.class, "FOLLOWER = ?", "bob")).isEqualTo(1);
    }

    @Test
    void followingAMergedHashtagFollowsTheTagItWasMergedInto() {
        db.store().create(HashtagEntity.class, Map.of("TAG", "vpn_issue", "DISPLAY", "VPN_issue",
                "MERGED_INTO", "vpn"));

        assertThat(follows.follow("carol", TargetType.HASHTAG, "#VPN_issue")).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.HASHTAG, "vpn", true, false, 1)));
        assertThat(db.store().count(FollowEntity.class, "FOLLOW_KEY = ?", "carol|hashtag:vpn")).isEqualTo(1);
        assertThat(db.store().count(FollowEntity.class, "FOLLOWER = ?", "carol")).isEqualTo(1);
    }

    @Test
    void retargetingMovesFollowsKeepsTheirDatesAndDropsDuplicates() {
        follows.follow("bob", TargetType.HASHTAG, "vpnold");
        follows.follow("carol", TargetType.HASHTAG, "vpnold");
        follows.follow("carol", TargetType.HASHTAG, "vpn");

        int moved = follows.retarget(FollowTarget.hashtag("vpnold"), FollowTarget.hashtag("vpn"));

        assertThat(moved).isEqualTo(1);
        assertThat(follows.followerCount(FollowTarget.hashtag("vpnold"))).isZero();
        assertThat(follows.followerCount(FollowTarget.hashtag("vpn"))).isEqualTo(2);
        assertThat(follows.follows("bob")).containsExactly(
                new Follow(TargetType.HASHTAG, "vpn", NOW, false, false, ""));
        assertThat(follows.follows("carol")).hasSize(1);
    }

    @Test
    void myFollowsNameTargetsAsIKnowThemAndLeaveOutIssuesIMayNoLongerSee() {
        follows.follow("bob", TargetType.ISSUE, vpnIssue.key());
        follows.follow("bob", TargetType.ISSUE, secretIssue.key());
        follows.follow("bob", TargetType.PROJECT, "SD");
        follows.follow("bob", TargetType.USER, "alice");
        follows.follow("bob", TargetType.HASHTAG, "vpn");
        host.restrictIssue(secretIssue, "alice");

        assertThat(follows.follows("bob")).containsExactly(
                new Follow(TargetType.HASHTAG, "vpn", NOW, false, false, ""),
                new Follow(TargetType.USER, "alice", NOW, false, false,
                        host.byKeyOrName("alice").orElseThrow().displayName()),
                new Follow(TargetType.PROJECT, "SD", NOW, false, false,
                        host.projectByKey("SD").orElseThrow().name()),
                new Follow(TargetType.ISSUE, vpnIssue.key(), NOW, false, false, vpnIssue.summary()));
    }

    @Test
    void mutingAnIssueStopsFollowingItEmptiesTheFeedOfItAndSurvivesUnfollow() {
        follows.follow("bob", TargetType.ISSUE, vpnIssue.key());
        follows.follow("carol", TargetType.ISSUE, vpnIssue.key());
        db.store().create(FeedItemEntity.class, Map.of("USER_KEY", "bob", "ACTIVITY_ID", 1L,
                "ISSUE_ID", vpnIssue.id(), "REASON", "issue"));

        Outcome<FollowStatus> muted = follows.mute("bob", vpnIssue.key());

        assertThat(muted).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.ISSUE, vpnIssue.key(), false, true, 1)));
        assertThat(db.store().count(FeedItemEntity.class, "USER_KEY = ?", "bob")).isZero();
        assertThat(follows.unfollow("bob", TargetType.ISSUE, vpnIssue.key())).isEqualTo(muted);
        assertThat(follows.autoFollow("bob", FollowTarget.issue(vpnIssue.id()), Participation.COMMENTER)).isFalse();
        assertThat(follows.mute("bob", vpnIssue.key())).isEqualTo(muted);
        assertThat(follows.follows("bob")).containsExactly(
                new Follow(TargetType.ISSUE, vpnIssue.key(), NOW, true, false, vpnIssue.summary()));
    }

    @Test
    void unmutingLeavesTheUserNeitherFollowingNorMutingAndFollowingLiftsAMute() {
        follows.mute("bob", vpnIssue.key());
        assertThat(follows.unmute("bob", vpnIssue.key())).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.ISSUE, vpnIssue.key(), false, false, 0)));
        assertThat(follows.autoFollow("bob", FollowTarget.issue(vpnIssue.id()), Participation.COMMENTER)).isTrue();

        follows.mute("carol", vpnIssue.key());
        assertThat(follows.follow("carol", TargetType.ISSUE, vpnIssue.key())).isEqualTo(Outcome.done(
                new FollowStatus(TargetType.ISSUE, vpnIssue.key(), true, false, 2)));
    }

    @Test
    void autoFollowAddsOnceAndObeysTheAdminRules() {
        FollowTarget issue = FollowTarget.issue(vpnIssue.id());
        assertThat(follows.autoFollow("bob", issue, Participation.VOTER)).isTrue();
        assertThat(follows.autoFollow("bob", issue, Participation.VOTER)).isFalse();
        assertThat(follows.follows("bob")).containsExactly(
                new Follow(TargetType.ISSUE, vpnIssue.key(), NOW, false, true, vpnIssue.summary()));

        follows.updateRules(follows.rules().with(Participation.VOTER, false));

        assertThat(follows.rules().autoFollows(Participation.VOTER)).isFalse();
        assertThat(follows.rules().autoFollows(Participation.ASKER)).isTrue();
        assertThat(follows.autoFollow("carol", issue, Participation.VOTER)).isFalse();
        assertThat(follows.autoFollow("carol", issue, Participation.ASKER)).isTrue();
    }

    @Test
    void aMutedFollowerIsNotCountedAndTheAudienceLeavesOutMutersAndTheActor() {
        FollowTarget issue = FollowTarget.issue(vpnIssue.id());
        follows.follow("alice", TargetType.HASHTAG, "vpn");
        follows.mute("alice", vpnIssue.key());
        follows.follow("bob", TargetType.HASHTAG, "vpn");
        follows.follow("bob", TargetType.ISSUE, vpnIssue.key());
        follows.follow("carol", TargetType.PROJECT, "SD");
        follows.follow("dave", TargetType.USER, "carol");

        assertThat(follows.followerCount(issue)).isEqualTo(1);
        assertThat(follows.audienceOf(List.of(issue, FollowTarget.hashtag("vpn"), FollowTarget.user("carol"),
                FollowTarget.project(sd.id())), "carol"))
                .containsExactlyInAnyOrder(new Recipient("bob", TargetType.ISSUE),
                        new Recipient("dave", TargetType.USER));
    }

    static java.util.function.Consumer<Outcome<?>> refused(Problem problem) {
        return outcome -> assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().problem()).isEqualTo(problem));
    }
}
