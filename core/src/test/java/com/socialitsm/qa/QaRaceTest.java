package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.store.QaVoteEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Eight threads at once on one question: the recounted columns end exactly equal to the rows (no lost update), one
 * user's racing votes leave one vote row, and awards pair with their reversals — on H2, PostgreSQL and MariaDB.
 */
@DatabaseTest
class QaRaceTest {
    private static final int THREADS = 8;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private QaFixture qa;

    @BeforeEach
    void setUp() {
        qa = new QaFixture(db.store());
        for (int i = 0; i < THREADS; i++) {
            qa.host.addUser(voter(i));
        }
    }

    @Test
    void racingUpvotesOnAnAnswerCountExactly() throws Exception {
        for (int round = 0; round < 3; round++) {
            Question question = qa.askInSd("alice", "Racing votes round " + round);
            Answer answer = qa.answer("bob", question, "Answer " + round);

            List<Object> outcomes = race(i -> () -> qa.questions.voteOnAnswer(voter(i), answer.id(), 1).value());

            assertThat(outcomes).allMatch(o -> o instanceof VoteTally);
            Answer counted = onlyAnswer(question);
            assertThat(counted.upvotes()).isEqualTo(THREADS);
            assertThat(counted.downvotes()).isZero();
        }
        assertThat(qa.events.points("bob")).isEqualTo(3 * THREADS * RecordingQaEvents.UPVOTE);
    }

    @Test
    void racingMixedVotesOnAQuestionSumExactly() throws Exception {
        Question question = qa.askInSd("alice", "Racing mixed question votes");

        race(i -> () -> qa.questions.voteOnQuestion(voter(i), question.id(), i % 4 == 0 ? -1 : 1).value());

        // 8 voters: i = 0 and 4 vote -1, six vote +1.
        assertThat(score(question)).isEqualTo(4);
        assertThat(db.store().count(QaVoteEntity.class, "POST = ?", "q:" + question.id())).isEqualTo(THREADS);

        race(i -> () -> qa.questions.voteOnQuestion(voter(i), question.id(), i < 3 ? 0 : -1).value());

        assertThat(score(question)).isEqualTo(-5);
    }

    @Test
    void oneUsersRacingVotesLeaveOneRowAndOneAward() throws Exception {
        Question question = qa.askInSd("alice", "One user racing own votes");
        Answer answer = qa.answer("bob", question, "An answer");

        List<Object> outcomes = race(i -> () -> qa.questions.voteOnAnswer("carol", answer.id(), 1).value());

        assertThat(outcomes).allMatch(o -> o instanceof VoteTally);
        assertThat(db.store().count(QaVoteEntity.class, "POST = ?", "a:" + answer.id())).isEqualTo(1);
        assertThat(onlyAnswer(question).upvotes()).isEqualTo(1);
        assertThat(qa.events.points("bob")).isEqualTo(RecordingQaEvents.UPVOTE);
    }

    @Test
    void racingAnswersAreAllCounted() throws Exception {
        Question question = qa.askInSd("alice", "Racing answers to count");

        race(i -> () -> qa.questions.answer(voter(i), question.id(), "Answer by " + voter(i)).value());

        QuestionDetail detail = qa.questions.get(Optional.of("alice"), question.id()).value();
        assertThat(detail.answers()).hasSize(THREADS);
        assertThat(detail.question().answerCount()).isEqualTo(THREADS);
    }

    @Test
    void racingAcceptancesLeaveExactlyOneAward() throws Exception {
        Question question = qa.askInSd("alice", "Racing acceptances of answers");
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            answers.add(qa.answer(voter(i), question, "Answer " + i));
        }

        race(i -> () -> qa.questions.accept(i % 2 == 0 ? "alice" : "admin", question.id(), answers.get(i).id())
                .value());

        long accepted = qa.questions.get(Optional.of("alice"), question.id()).value().question().acceptedAnswerId();
        int total = 0;
        for (int i = 0; i < THREADS; i++) {
            int points = qa.events.points(voter(i));
            total += points;
            assertThat(points).as(voter(i)).isEqualTo(answers.get(i).id() == accepted ? RecordingQaEvents.ACCEPTED : 0);
        }
        assertThat(total).isEqualTo(RecordingQaEvents.ACCEPTED);
    }

    private int score(Question question) {
        return qa.questions.get(Optional.of("alice"), question.id()).value().question().score();
    }

    private Answer onlyAnswer(Question question) {
        List<QuestionDetail.AnswerDetail> answers = qa.questions.get(Optional.of("alice"), question.id()).value()
                .answers();
        assertThat(answers).hasSize(1);
        return answers.get(0).answer();
    }

    private static String voter(int i) {
        return "voter" + i;
    }

    /** Runs the task of each of 8 threads at once (released by a barrier); returns each result or failure. */
    private static List<Object> race(IntFunction<Callable<Object>> task) throws Exception {
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            work.add(task.apply(i));
        }
        List<Object> outcomes = Race.outcomes(THREADS, i -> work.get(i).call());
        for (Object outcome : outcomes) {
            if (outcome instanceof Throwable failure) {
                throw new AssertionError("a racing call failed", failure);
            }
        }
        return outcomes;
    }
}
