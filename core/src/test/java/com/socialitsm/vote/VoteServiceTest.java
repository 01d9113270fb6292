package com.socialitsm.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.IssueVotesEntity;
import com.socialitsm.store.VoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class VoteServiceTest {
    private static final int THREADS = 16;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-12T10:00:00Z"));
    private InMemoryHost host;
    private VoteService votes;
    private ProjectRef sd;
    private IssueRef vpn;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        votes = new com.socialitsm.app.SocialApp(db.store(), clock, host, host, host).votes();
        sd = host.addProject("SD");
        vpn = host.addIssue(sd, "VPN drops", "", "carol");
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            host.addUser(user);
        }
    }

    @Test
    void aVoteCountsOnceAndASecondVoteIsAnIdempotentAlreadyVoted() {
        VoteChange first = votes.vote("alice", vpn.key()).value();
        VoteChange second = votes.vote("alice", vpn.key()).value();

        assertThat(first.effect()).isEqualTo(VoteChange.Effect.VOTED);
        assertThat(first.status()).isEqualTo(new VoteStatus(vpn.key(), 1, true));
        assertThat(second.effect()).isEqualTo(VoteChange.Effect.ALREADY_VOTED);
        assertThat(second.status()).isEqualTo(new VoteStatus(vpn.key(), 1, true));
        assertThat(votes.status(Optional.of("alice"), vpn.key())).contains(new VoteStatus(vpn.key(), 1, true));
        assertThat(votes.status(Optional.of("bob"), vpn.key())).contains(new VoteStatus(vpn.key(), 1, false));
        assertThat(votes.status(Optional.empty(), vpn.key())).contains(new VoteStatus(vpn.key(), 1, false));
    }

    @Test
    void unvotingWithdrawsTheVoteAndUnvotingAgainChangesNothing() {
        votes.vote("alice", vpn.key());
        votes.vote("bob", vpn.key());

        assertThat(votes.unvote("alice", vpn.key()))
                .isEqualTo(Outcome.done(new VoteChange(VoteChange.Effect.UNVOTED, new VoteStatus(vpn.key(), 1, false))));
        assertThat(votes.unvote("alice", vpn.key()))
                .isEqualTo(Outcome.done(new VoteChange(VoteChange.Effect.NOT_VOTED, new VoteStatus(vpn.key(), 1, false))));
        assertThat(storedCount(vpn)).isEqualTo(1);
    }

    @Test
    void aHiddenIssueAnswersExactlyLikeAMissingOne() {
        host.restrictIssue(vpn, "bob");

        Outcome<VoteChange> missing = votes.vote("alice", "SD-404");
        assertThat(missing).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().problem()).isEqualTo(Problem.NOT_FOUND));
        assertThat(votes.vote("alice", vpn.key())).isEqualTo(missing);
        assertThat(votes.unvote("alice", vpn.key())).isEqualTo(missing);
        assertThat(votes.status(Optional.of("alice"), vpn.key())).isEmpty();
        assertThat(votes.status(Optional.of("bob"), vpn.key())).isPresent();
        assertThat(db.store().count(VoteEntity.class, "ISSUE_ID = ?", vpn.id())).isZero();
    }

    @Test
    void sixteenVotersRacingOnOneIssueAreCountedExactly() throws Exception {
        for (int round = 0; round < 3; round++) {
            IssueRef issue = host.addIssue(sd, "race " + round, "", "carol");
            List<Object> outcomes = race(i -> votes.vote("user" + i, issue.key()));

            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Done.class));
            assertThat(outcomes).allSatisfy(o -> assertThat(effect(o)).isEqualTo(VoteChange.Effect.VOTED));
            assertThat(votes.count(issue.id())).isEqualTo(THREADS);
            assertThat(storedCount(issue)).as("ISSUE_VOTES recount, round " + round).isEqualTo(THREADS);
        }
    }

    @Test
    void oneVoterRacingWithHimselfVotesOnce() throws Exception {
        List<Object> outcomes = race(i -> votes.vote("alice", vpn.key()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Done.class));
        assertThat(outcomes).filteredOn(o -> effect(o) == VoteChange.Effect.VOTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> effect(o) == VoteChange.Effect.ALREADY_VOTED)
                .hasSize(THREADS - 1);
        assertThat(votes.count(vpn.id())).isEqualTo(1);
        assertThat(storedCount(vpn)).isEqualTo(1);
    }

    @Test
    void votesAndUnvotesRacingLeaveTheStoredCountEqualToTheRows() throws Exception {
        for (int i = 0; i < THREADS / 2; i++) {
            votes.vote("user" + i, vpn.key());
        }
        race(i -> i < THREADS / 2 ? votes.unvote("user" + i, vpn.key()) : votes.vote("user" + i, vpn.key()));

        assertThat(votes.count(vpn.id())).isEqualTo(THREADS / 2);
        assertThat(storedCount(vpn)).isEqualTo(THREADS / 2);
    }

    @Test
    void topListsTheMostVotedIssuesTheViewerMayBrowse() {
        IssueRef printer = host.addIssue(sd, "Printer jams", "", "carol");
        IssueRef secret = host.addIssue(sd, "Secret incident", "", "carol");
        IssueRef quiet = host.addIssue(sd, "Nobody cares", "", "carol");
        ProjectRef other = host.addProject("OPS");
        IssueRef elsewhere = host.addIssue(other, "Other project", "", "carol");
        host.restrictIssue(secret, "alice", "bob", "carol", "dave");
        for (String u : List.of("alice", "bob", "carol", "dave")) {
            votes.vote(u, secret.key());
            votes.vote(u, elsewhere.key());
        }
        for (String u : List.of("alice", "bob", "carol")) {
            votes.vote(u, vpn.key());
        }
        votes.vote("alice", printer.key());
        host.restrictIssue(secret, "alice");

        assertThat(votes.top(Optional.of("bob"), "SD", 10).orElseThrow())
                .extracting(TopIssue::issueKey, TopIssue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(vpn.key(), 3),
                        org.assertj.core.groups.Tuple.tuple(printer.key(), 1));
        assertThat(votes.top(Optional.of("alice"), "SD", 1).orElseThrow())
                .extracting(TopIssue::issueKey).containsExactly(secret.key());
        assertThat(votes.top(Optional.of("bob"), "SD", 10).orElseThrow()).extracting(TopIssue::issueKey)
                .doesNotContain(quiet.key());
        assertThat(votes.isAmongTopVoted(sd.id(), printer.id(), 2)).isFalse();
        assertThat(votes.isAmongTopVoted(sd.id(), printer.id(), 3)).isTrue();
        assertThat(votes.isAmongTopVoted(sd.id(), quiet.id(), 5)).isFalse();
    }

    @Test
    void topOfAnUnknownOrForbiddenProjectIsNotFound() {
        host.restrictProject(sd, "alice");
        assertThat(votes.top(Optional.of("bob"), "SD", 5)).isEmpty();
        assertThat(votes.top(Optional.of("bob"), "NOPE", 5)).isEmpty();
        assertThat(votes.rising(Optional.of("bob"), "SD", 5)).isEmpty();
        assertThat(votes.top(Optional.of("alice"), "SD", 5)).contains(List.of());
    }

    @Test
    void risingRanksByVotesOfTheLastSevenDays() {
        IssueRef old = host.addIssue(sd, "Old favourite", "", "carol");
        IssueRef fresh = host.addIssue(sd, "New problem", "", "carol");
        for (String u : List.of("alice", "bob", "carol", "dave")) {
            votes.vote(u, old.key());
        }
        clock.advance(Duration.ofDays(8));
        votes.vote("alice", fresh.key());
        votes.vote("bob", fresh.key());
        votes.vote("carol", vpn.key());

        assertThat(votes.rising(Optional.of("bob"), "SD", 10).orElseThrow())
                .extracting(TopIssue::issueKey, TopIssue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fresh.key(), 2),
                        org.assertj.core.groups.Tuple.tuple(vpn.key(), 1));
        assertThat(votes.top(Optional.of("bob"), "SD", 1).orElseThrow())
                .extracting(TopIssue::issueKey).containsExactly(old.key());
    }

    @Test
    void votingSendsABoundedNumberOfStatementsWhateverTheNumberOfVotesAndFollowers() {
        votes.vote("alice", vpn.key());
        int second = db.sql().countDuring(() -> votes.vote("bob", vpn.key()));
        for (int i = 0; i < 20; i++) {
            votes.vote("user" + i, vpn.key());
        }
        int later = db.sql().countDuring(() -> votes.vote("carol", vpn.key()));
        // vote: insert, find + lock ISSUE_VOTES, count, store count; follow: rules, find, insert;
        // activity: check, insert (+ a sequence on PostgreSQL), audience, feed rows, target rows
        assertThat(second).isLessThanOrEqualTo(14);
        assertThat(later).isEqualTo(second);
        assertThat(db.sql().countDuring(() -> votes.status(Optional.of("bob"), vpn.key()))).isEqualTo(2);
    }

    @Test
    void aVoterFollowsTheIssueAndTheirUpvoteReachesItsFollowersUntilTheyUnvote() {
        com.socialitsm.app.SocialApp app = new com.socialitsm.app.SocialApp(db.store(), clock, host, host, host);
        app.follows().follow("dave", com.socialitsm.follow.TargetType.ISSUE, vpn.key());
        app.votes().vote("alice", vpn.key());

        assertThat(app.follows().status(Optional.of("alice"), com.socialitsm.follow.TargetType.ISSUE, vpn.key()))
                .isInstanceOfSatisfying(com.socialitsm.outcome.Outcome.Done.class,
                        done -> assertThat(((com.socialitsm.follow.FollowStatus) done.value()).following()).isTrue());
        assertThat(app.feed().feed(Optional.of("dave"), com.socialitsm.activity.FeedQuery.first(10)).items())
                .extracting(i -> i.verb()).containsExactly(com.socialitsm.activity.Verb.UPVOTED);

        app.votes().unvote("alice", vpn.key());
        assertThat(app.feed().feed(Optional.of("dave"), com.socialitsm.activity.FeedQuery.first(10)).items()).isEmpty();
        app.votes().vote("alice", vpn.key());
        assertThat(app.feed().feed(Optional.of("dave"), com.socialitsm.activity.FeedQuery.first(10)).items()).hasSize(1);
    }

    private int storedCount(IssueRef issue) {
        db.store().flushAll();
        IssueVotesEntity[] rows = db.store().find(IssueVotesEntity.class, "ISSUE_ID = ?", issue.id());
        return rows.length == 0 ? 0 : rows[0].getVoteCount();
    }

    /** Runs the call on 16 threads released at once; each outcome is its result or the exception it threw. */
    static List<Object> race(Race.Racer<?> call) throws Exception {
        return Race.outcomes(THREADS, call);
    }

    private static VoteChange.Effect effect(Object outcome) {
        return ((VoteChange) ((Outcome<?>) outcome).value()).effect();
    }
}
