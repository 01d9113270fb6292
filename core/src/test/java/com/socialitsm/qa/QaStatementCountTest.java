package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * The SQL a question page, a listing and a vote send does not grow with the number of answers, votes or questions:
 * bulk reads, never one statement per row.
 */
@DatabaseTest
class QaStatementCountTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private QaFixture qa;

    @BeforeEach
    void setUp() {
        qa = new QaFixture(db.store());
    }

    @Test
    void aQuestionPageCostsTheSameWithOneOrThirtyAnswers() {
        Question small = qa.askInSd("alice", "A question with one answer");
        qa.questions.voteOnAnswer("carol", qa.answer("bob", small, "Only answer").id(), 1).value();
        Question big = qa.askInSd("alice", "A question with thirty answers");
        for (int i = 0; i < 30; i++) {
            Answer answer = qa.answer(i % 2 == 0 ? "bob" : "carol", big, "Answer **" + i + "**");
            qa.questions.voteOnAnswer("dave", answer.id(), i % 3 == 0 ? -1 : 1).value();
        }

        int forSmall = db.sql().countDuring(() -> qa.questions.get(Optional.of("dave"), small.id()).value());
        int forBig = db.sql().countDuring(() -> qa.questions.get(Optional.of("dave"), big.id()).value());

        assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(3);
    }

    @Test
    void aListingPageCostsTheSameForFiveOrFortyQuestions() {
        for (int i = 0; i < 5; i++) {
            qa.askInSd("alice", "Listed question number " + i);
        }
        int forFive = db.sql().countDuring(() -> qa.questions.list(Optional.of("bob"), QuestionQuery.newest(20))
                .value());
        for (int i = 5; i < 40; i++) {
            qa.askInSd("alice", "Listed question number " + i);
        }
        int forForty = db.sql().countDuring(() -> qa.questions.list(Optional.of("bob"), QuestionQuery.newest(20))
                .value());

        assertThat(forForty).isEqualTo(forFive).isEqualTo(1);
    }

    @Test
    void aVoteCostsTheSameWhateverTheNumberOfVotes() {
        Question question = qa.askInSd("alice", "A question to vote on");
        Answer answer = qa.answer("bob", question, "An answer to vote on");
        int first = db.sql().countDuring(() -> qa.questions.voteOnAnswer("carol", answer.id(), 1).value());
        for (int i = 0; i < 20; i++) {
            qa.host.addUser("voter" + i);
            qa.questions.voteOnAnswer("voter" + i, answer.id(), 1).value();
        }
        int later = db.sql().countDuring(() -> qa.questions.voteOnAnswer("dave", answer.id(), 1).value());

        // Read answer and question, lock, re-read both, find the vote, insert it (PostgreSQL: + NEXTVAL), count up-
        // and downvotes, update the answer.
        assertThat(later).isEqualTo(first).isLessThanOrEqualTo(11);
    }
}
