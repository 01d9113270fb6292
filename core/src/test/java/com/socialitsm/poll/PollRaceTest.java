package com.socialitsm.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.PollBallotEntity;
import com.socialitsm.store.PollChoiceEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Twenty voters at once on one poll: every count ends exact, also when all of them change their vote at once, and one
 * voter's racing votes leave one ballot with one choice — named and anonymous, on H2, PostgreSQL and MariaDB.
 */
@DatabaseTest
class PollRaceTest {
    private static final int VOTERS = 20;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private PollFixture f;

    @BeforeEach
    void setUp() {
        f = new PollFixture(db.store());
        for (int i = 0; i < VOTERS; i++) {
            f.host.addUser(voter(i));
        }
    }

    @Test
    void twentyRacingVotersCountExactlyAndSoDoTheirRacingChanges() throws Exception {
        for (boolean anonymous : new boolean[] {false, true}) {
            PollView poll = f.ask("SD", false, anonymous, false, "Early", "Late", "Both");

            Race.runEach(VOTERS, i -> f.polls.vote(voter(i), poll.id(), List.of(i % 3)).value());
            // i % 3: 0 → 7 voters (0, 3, ..., 18), 1 → 7, 2 → 6.
            PollView after = f.polls.get(Optional.of(voter(0)), poll.id()).value();
            assertThat(after.votes()).contains(List.of(7, 7, 6));
            assertThat(after.total()).isEqualTo(VOTERS);

            Race.runEach(VOTERS, i -> f.polls.vote(voter(i), poll.id(), List.of(i < 5 ? 2 : 0)).value());
            PollView changed = f.polls.get(Optional.of(voter(0)), poll.id()).value();
            assertThat(changed.votes()).contains(List.of(15, 0, 5));
            assertThat(changed.total()).isEqualTo(VOTERS);
            assertThat(db.store().count(PollChoiceEntity.class, "POLL_ID = ?", poll.id())).isEqualTo(VOTERS);
        }
    }

    @Test
    void oneVotersRacingVotesLeaveOneBallotWithOneChoice() throws Exception {
        for (boolean anonymous : new boolean[] {false, true}) {
            PollView poll = f.ask("SD", false, anonymous, false, "A", "B", "C", "D");

            Race.runEach(VOTERS, i -> f.polls.vote("bob", poll.id(), List.of(i % 4)).value());

            assertThat(db.store().count(PollBallotEntity.class, "POLL_ID = ?", poll.id())).isEqualTo(1);
            assertThat(db.store().count(PollChoiceEntity.class, "POLL_ID = ?", poll.id())).isEqualTo(1);
            PollView after = f.polls.get(Optional.of("bob"), poll.id()).value();
            assertThat(after.votes().orElseThrow().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
            assertThat(after.myChoice().orElseThrow()).hasSize(1);
        }
    }

    private static String voter(int i) {
        return "voter" + i;
    }
}
