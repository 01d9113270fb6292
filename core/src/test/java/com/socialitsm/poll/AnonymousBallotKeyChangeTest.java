package com.socialitsm.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.privacy.UserKeyRewriter;
import com.socialitsm.store.PollBallotEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * A user key change (Jira's anonymization: {@code carol} becomes {@code JIRAUSER10100}) keeps an anonymous poll's
 * ballot one per user: while the poll is open the ballot moves to the new key's hash, so the user sees their choice,
 * may change it and cannot vote a second time; the stored row still names nobody, and the rewrite's counts do not tell
 * that the user voted in an anonymous poll.
 */
@DatabaseTest
class AnonymousBallotKeyChangeTest {
    private static final String NEW_KEY = "JIRAUSER10100";

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private PollFixture f;
    private UserKeyRewriter rewriter;

    @BeforeEach
    void setUp() {
        f = new PollFixture(db.store());
        f.host.addUser(NEW_KEY);
        rewriter = new UserKeyRewriter(db.store());
    }

    @Test
    void theRenamedVoterKeepsTheirOneBallotInAnOpenAnonymousPoll() {
        PollView poll = f.ask("SD", false, true, false, "Mornings", "Evenings", "Weekends");
        f.polls.vote("carol", poll.id(), List.of(1));
        f.polls.vote("bob", poll.id(), List.of(0));

        UserKeyRewriter.UserReferences moved = rewriter.rewrite("carol", NEW_KEY,
                UserKeyRewriter.ProgressListener.NONE);
        db.store().flushAll();

        assertThat(moved.of(UserKeyRewriter.Reference.POLL_VOTER)).as("anonymous ballots are never counted").isZero();
        assertThat(rewriter.countReferences(NEW_KEY).total()).isZero();
        PollView seen = f.polls.get(Optional.of(NEW_KEY), poll.id()).value();
        assertThat(seen.myChoice()).contains(List.of(1));
        assertThat(seen.total()).isEqualTo(2);
        PollView changed = f.polls.vote(NEW_KEY, poll.id(), List.of(2)).value();
        assertThat(changed.total()).as("a change, not a second ballot").isEqualTo(2);
        assertThat(changed.votes()).contains(List.of(1, 0, 1));
        assertThat(f.polls.get(Optional.of("carol"), poll.id()).value().myChoice()).isEmpty();
        for (PollBallotEntity ballot : db.store().find(PollBallotEntity.class,
                net.java.ao.Query.select().where("POLL_ID = ?", poll.id()))) {
            assertThat(ballot.getVoter()).matches("h:[A-Za-z0-9_-]{43}").doesNotContain("carol")
                    .doesNotContain(NEW_KEY);
        }
    }

    @Test
    void whenTheNewKeyHasABallotAlreadyItWinsAndTheOldOneGoes() {
        PollView poll = f.ask("SD", false, true, false, "Mornings", "Evenings");
        f.polls.vote("carol", poll.id(), List.of(0));
        f.polls.vote(NEW_KEY, poll.id(), List.of(1));

        rewriter.rewrite("carol", NEW_KEY, UserKeyRewriter.ProgressListener.NONE);
        rewriter.rewrite("carol", NEW_KEY, UserKeyRewriter.ProgressListener.NONE);
        db.store().flushAll();

        PollView seen = f.polls.get(Optional.of(NEW_KEY), poll.id()).value();
        assertThat(seen.total()).isEqualTo(1);
        assertThat(seen.votes()).contains(List.of(0, 1));
        assertThat(seen.myChoice()).contains(List.of(1));
    }

    @Test
    void aClosedAnonymousPollCannotBeLinkedAndIsLeftAsItIs() {
        PollView poll = f.ask("SD", false, true, false, "Mornings", "Evenings");
        f.polls.vote("carol", poll.id(), List.of(0));
        f.clock.advance(Duration.ofDays(3));
        assertThat(f.polls.get(Optional.of("carol"), poll.id()).value().closed()).isTrue(); // erases the key
        String before = db.store().find(PollBallotEntity.class,
                net.java.ao.Query.select().where("POLL_ID = ?", poll.id()))[0].getBallotKey();

        rewriter.rewrite("carol", NEW_KEY, UserKeyRewriter.ProgressListener.NONE);
        db.store().flushAll();

        PollBallotEntity[] ballots = db.store().find(PollBallotEntity.class,
                net.java.ao.Query.select().where("POLL_ID = ?", poll.id()));
        assertThat(ballots).hasSize(1);
        assertThat(ballots[0].getBallotKey()).isEqualTo(before);
        assertThat(f.polls.get(Optional.of(NEW_KEY), poll.id()).value().votes()).contains(List.of(1, 0));
    }
}
