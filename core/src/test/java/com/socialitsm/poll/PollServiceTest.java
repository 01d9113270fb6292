package com.socialitsm.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.privacy.DataExport;
import com.socialitsm.store.PollBallotEntity;
import com.socialitsm.store.PollEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** Asking, voting, changing, closing and reading polls on a real database, with who may see what. */
@DatabaseTest
class PollServiceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private PollFixture f;

    @BeforeEach
    void setUp() {
        f = new PollFixture(db.store());
    }

    @Test
    void anAgentAsksAndAVoterSeesTheResultsAfterVotingAndMayChangeTheVote() {
        PollView poll = f.ask("SD", false, false, false, "8-16", "9-17", "10-18");
        assertThat(poll.options()).containsExactly("8-16", "9-17", "10-18");
        assertThat(poll.votes()).isEmpty();

        PollView voted = f.polls.vote("bob", poll.id(), List.of(1)).value();
        assertThat(voted.myChoice()).contains(List.of(1));
        assertThat(voted.votes()).contains(List.of(0, 1, 0));
        assertThat(voted.total()).isEqualTo(1);

        PollView changed = f.polls.vote("bob", poll.id(), List.of(2)).value();
        assertThat(changed.votes()).contains(List.of(0, 0, 1));
        assertThat(changed.total()).isEqualTo(1);
        assertThat(f.polls.get(Optional.of("carol"), poll.id()).value().votes()).as("carol has not voted").isEmpty();
    }

    @Test
    void resultsAfterCloseStayHiddenFromVotersUntilTheCloseAndVotingThenIs409() {
        PollView poll = f.ask("SD", true, false, true, "Mornings", "Evenings", "Weekends");
        PollView voted = f.polls.vote("bob", poll.id(), List.of(0, 2)).value();
        assertThat(voted.votes()).isEmpty();
        assertThat(voted.myChoice()).contains(List.of(0, 2));
        assertThat(f.polls.get(Optional.of("alice"), poll.id()).value().votes()).as("not even the asker").isEmpty();

        f.clock.advance(Duration.ofDays(3));
        PollView closed = f.polls.get(Optional.of("carol"), poll.id()).value();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.votes()).contains(List.of(1, 0, 1));
        Outcome<PollView> late = f.polls.vote("carol", poll.id(), List.of(1));
        assertThat(refusal(late)).isEqualTo(Problem.CONFLICT);
    }

    @Test
    void onlyAgentsAskAndEveryLimitIsA400() {
        assertThat(refusal(f.polls.ask("bob", draft("SD", List.of("a", "b"), f.clock.instant().plusSeconds(3600)))))
                .isEqualTo(Problem.FORBIDDEN);
        assertThat(refusal(f.polls.ask("alice", draft("SD", List.of("only one"), f.clock.instant().plusSeconds(3600)))))
                .isEqualTo(Problem.INVALID);
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("option " + i);
        }
        assertThat(refusal(f.polls.ask("alice", draft("SD", eleven, f.clock.instant().plusSeconds(3600)))))
                .isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.ask("alice", draft("SD", List.of("a", "A"), f.clock.instant().plusSeconds(3600)))))
                .isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.ask("alice", draft("SD", List.of("a", "x".repeat(201)),
                f.clock.instant().plusSeconds(3600))))).isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.ask("alice", draft("SD", List.of("a", "b"), f.clock.instant().minusSeconds(1)))))
                .isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.ask("alice", draft("SD", List.of("a", "b"),
                f.clock.instant().plus(Duration.ofDays(366)))))).isEqualTo(Problem.INVALID);

        PollView single = f.ask("SD", false, false, false, "a", "b");
        assertThat(refusal(f.polls.vote("bob", single.id(), List.of(0, 1)))).isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.vote("bob", single.id(), List.of(2)))).isEqualTo(Problem.INVALID);
        assertThat(refusal(f.polls.vote("bob", single.id(), List.of()))).isEqualTo(Problem.INVALID);
        PollView multiple = f.ask("SD", true, false, false, "a", "b");
        assertThat(refusal(f.polls.vote("bob", multiple.id(), List.of(1, 1)))).isEqualTo(Problem.INVALID);
    }

    @Test
    void aHiddenProjectsPollsAreNotFoundLikeMissingOnes() {
        PollView secret = f.ask("SEC", false, false, false, "Yes", "No");
        assertThat(refusal(f.polls.get(Optional.of("dave"), secret.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(refusal(f.polls.get(Optional.of("dave"), secret.id() + 1000))).isEqualTo(Problem.NOT_FOUND);
        assertThat(refusal(f.polls.vote("dave", secret.id(), List.of(0)))).isEqualTo(Problem.NOT_FOUND);
        assertThat(refusal(f.polls.ofProject(Optional.of("dave"), "SEC", 20, Optional.empty())))
                .isEqualTo(Problem.NOT_FOUND);
        assertThat(refusal(f.polls.ask("dave", draft("SEC", List.of("a", "b"), f.clock.instant().plusSeconds(3600)))))
                .isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void theProjectListIsNewestFirstPagedAndSaysWhatTheViewerVotedOn() {
        PollView first = f.ask("SD", false, false, false, "a", "b");
        PollView second = f.ask("SD", false, true, false, "c", "d");
        PollView third = f.ask("SD", false, false, false, "e", "f");
        f.polls.vote("bob", second.id(), List.of(0));
        ProjectPolls page = f.polls.ofProject(Optional.of("bob"), "SD", 2, Optional.empty()).value();
        assertThat(page.polls()).extracting(PollSummary::id).containsExactly((long) third.id(), (long) second.id());
        assertThat(page.polls()).extracting(PollSummary::voted).containsExactly(false, true);
        assertThat(page.canAsk()).isFalse();
        ProjectPolls rest = f.polls.ofProject(Optional.of("alice"), "SD", 2, page.next()).value();
        assertThat(rest.polls()).extracting(PollSummary::id).containsExactly((long) first.id());
        assertThat(rest.next()).isEmpty();
        assertThat(rest.canAsk()).isTrue();
    }

    @Test
    void anAnonymousPollStoresNoVoterAndForgetsItsKeyOnceClosed() {
        PollView poll = f.ask("SD", false, true, false, "Yes", "No");
        f.polls.vote("bob", poll.id(), List.of(0));
        f.polls.vote("carol", poll.id(), List.of(1));
        f.polls.vote("carol", poll.id(), List.of(0));
        assertThat(f.polls.get(Optional.of("carol"), poll.id()).value().myChoice()).contains(List.of(0));

        PollBallotEntity[] ballots = db.store().find(PollBallotEntity.class, "POLL_ID = ?", poll.id());
        assertThat(ballots).hasSize(2);
        for (PollBallotEntity ballot : ballots) {
            assertThat(ballot.getVoter()).startsWith("h:").doesNotContain("bob").doesNotContain("carol");
            assertThat(ballot.getBallotKey()).doesNotContain("bob").doesNotContain("carol");
        }
        assertThat(exportText()).as("the export has neither the voters nor the poll's key")
                .doesNotContain(secretOf(poll.id())).doesNotContain("ballotSecret");

        f.clock.advance(Duration.ofDays(3));
        PollView closed = f.polls.get(Optional.of("carol"), poll.id()).value();
        assertThat(closed.votes()).contains(List.of(2, 0));
        assertThat(closed.myChoice()).as("nobody can tell which ballot was hers any more").isEmpty();
        assertThat(secretOf(poll.id())).isNull();
    }

    @Test
    void aNamedPollsBallotsNameTheirVoters() {
        PollView poll = f.ask("SD", false, false, false, "Yes", "No");
        f.polls.vote("bob", poll.id(), List.of(1));
        assertThat(db.store().find(PollBallotEntity.class, "POLL_ID = ?", poll.id())[0].getVoter()).isEqualTo("bob");
    }

    private String secretOf(long pollId) {
        db.store().flushAll();
        return db.store().find(PollEntity.class, "ID = ?", pollId)[0].getBallotSecret();
    }

    private String exportText() {
        List<String> rows = Collections.synchronizedList(new ArrayList<>());
        new DataExport(db.store()).writeTo(new DataExport.Sink() {
            @Override
            public void beginTable(String table) {
            }

            @Override
            public void row(Map<String, Object> columns) {
                rows.add(columns.toString());
            }

            @Override
            public void endTable(String table, long count) {
            }
        });
        return String.join("\n", rows);
    }

    private PollDraft draft(String project, List<String> options, java.time.Instant closesAt) {
        return new PollDraft(project, "A question", options, false, closesAt, false, false);
    }

    private static Problem refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal().problem();
    }
}
