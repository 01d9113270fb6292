package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/** The points the Q&A feature asks for: accepted and upvoted answers, and their reversals. */
@DatabaseTest
class AnswerAwardsTest {
    private static final int THREADS = 16;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private KudosKit kit;
    private AnswerCredit bobsAnswer;

    @BeforeEach
    void setUp() {
        kit = new KudosKit(db.store());
        bobsAnswer = new AnswerCredit(7, 3, "bob", kit.sd.id(), 0);
    }

    @Test
    void anAcceptedAnswerEarnsItsAuthorFifteenPointsAndTheFirstAcceptedAnswerBadge() {
        assertThat(kit.kudos.answerAccepted(bobsAnswer, "carol")).isEqualTo(15);

        assertThat(kit.ledger("bob")).containsExactly("answer-accepted:15");
        assertThat(kit.badges("bob")).containsExactly(Badge.FIRST_ACCEPTED_ANSWER);
    }

    @Test
    void acceptingYourOwnAnswerEarnsNothing() {
        assertThat(kit.kudos.answerAccepted(bobsAnswer, "bob")).isZero();
        assertThat(kit.ledgerRows()).isZero();
        assertThat(kit.badges("bob")).isEmpty();
    }

    @Test
    void unacceptingReversesTheAwardAndAcceptingAgainEarnsItAgain() {
        kit.kudos.answerAccepted(bobsAnswer, "carol");
        assertThat(kit.kudos.answerAccepted(bobsAnswer, "carol")).as("already in force").isZero();

        kit.kudos.answerUnaccepted(bobsAnswer.answerId());
        kit.kudos.answerUnaccepted(bobsAnswer.answerId());
        assertThat(kit.ledger("bob")).containsExactly("answer-accepted:15", "answer-accepted:-15");

        assertThat(kit.kudos.answerAccepted(bobsAnswer, "carol")).isEqualTo(15);
        assertThat(kit.ledgerSum("bob")).isEqualTo(15);
    }

    @Test
    void eachOtherUsersUpvoteEarnsFivePointsOnceAndAWithdrawnUpvoteIsReversed() {
        assertThat(kit.kudos.answerUpvoted(bobsAnswer, "carol")).isEqualTo(5);
        assertThat(kit.kudos.answerUpvoted(bobsAnswer, "dave")).isEqualTo(5);
        assertThat(kit.kudos.answerUpvoted(bobsAnswer, "carol")).as("the same voter again").isZero();
        assertThat(kit.kudos.answerUpvoted(bobsAnswer, "bob")).as("one's own answer").isZero();

        kit.kudos.upvoteWithdrawn(bobsAnswer.answerId(), "carol");
        kit.kudos.upvoteWithdrawn(bobsAnswer.answerId(), "erin");

        assertThat(kit.ledger("bob")).containsExactly("answer-upvoted:5", "answer-upvoted:5", "answer-upvoted:-5");
        assertThat(kit.ledgerSum("bob")).isEqualTo(5);
    }

    @Test
    void sixteenRacingAcceptancesOfOneAnswerWriteOneAward() throws Exception {
        List<Object> outcomes = Race.outcomes(THREADS, i -> kit.kudos.answerAccepted(bobsAnswer, "carol"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Integer.class));
        assertThat(outcomes).filteredOn(o -> (Integer) o == 15).hasSize(1);
        assertThat(db.store().count(PointsEntryEntity.class, "USER_KEY = ?", "bob")).isEqualTo(1);
        assertThat(kit.badges("bob")).containsExactly(Badge.FIRST_ACCEPTED_ANSWER);
    }

    @Test
    void racingWritesOfTheSameSourceKeyLeaveOneRow() throws Exception {
        List<Object> outcomes = Race.outcomes(THREADS, i -> kit.kudos.answerUpvoted(bobsAnswer, "carol"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Integer.class));
        assertThat(kit.ledger("bob")).containsExactly("answer-upvoted:5");
    }
}
