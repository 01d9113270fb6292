package com.socialitsm.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.store.IdeaVoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Twenty voters at once on one idea end with exactly twenty votes, in rows and in the column a board orders by; one
 * user's racing votes end with one row; racing unvotes end at zero — on H2, PostgreSQL and MariaDB
 * ({@code -Dsocial.db}).
 */
@DatabaseTest
class IdeaVoteRaceTest {
    private static final int VOTERS = 20;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private IdeaService ideas;

    @BeforeEach
    void setUp() {
        ideas = new SocialApp(db.store(), Clock.systemUTC(), host, host, host).ideas();
        host.addProject("SD");
        host.addUser("carol");
        for (int i = 0; i < VOTERS; i++) {
            host.addUser(voter(i));
        }
    }

    @Test
    void twentyParallelVotersCountExactly() throws Exception {
        for (int round = 0; round < 3; round++) {
            Idea idea = ideas.submit("carol", "SD", "Racing votes, round " + round, "", List.of()).value();

            List<IdeaVotes> answers = Race.runEach(VOTERS, i -> ideas.vote(voter(i), idea.id()).value());

            assertThat(answers).allMatch(IdeaVotes::voted);
            assertThat(answers.stream().mapToInt(IdeaVotes::votes).max().orElseThrow()).isEqualTo(VOTERS);
            assertThat(db.store().count(IdeaVoteEntity.class, "IDEA_ID = ?", idea.id())).isEqualTo(VOTERS);
            db.store().flushAll();
            assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().votes()).isEqualTo(VOTERS);

            Race.runEach(VOTERS, i -> ideas.unvote(voter(i), idea.id()).value());
            db.store().flushAll();
            assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().votes()).isZero();
        }
    }

    @Test
    void oneUsersRacingVotesLeaveOneVote() throws Exception {
        Idea idea = ideas.submit("carol", "SD", "One user, many clicks", "", List.of()).value();

        List<IdeaVotes> answers = Race.run(VOTERS, () -> ideas.vote("voter0", idea.id()).value());

        assertThat(answers).allMatch(a -> a.voted() && a.votes() == 1);
        assertThat(db.store().count(IdeaVoteEntity.class, "IDEA_ID = ?", idea.id())).isEqualTo(1);
    }

    private static String voter(int i) {
        return "voter" + i;
    }
}
