package com.socialitsm.qa;

import java.util.Optional;

import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * Accepting an answer and taking the acceptance back, with the award each reverses: one accepted answer per
 * question, chosen by the asker or an admin. Each change runs under the question's row lock ({@link QaRows}).
 * Throws {@link QaRejection}; {@link QuestionService} turns it into the refusal.
 */
final class QaAcceptance {
    private final Store store;
    private final QaRows rows;
    private final QaEvents events;

    QaAcceptance(Store store, QaRows rows, QaEvents events) {
        this.store = store;
        this.rows = rows;
        this.events = events;
    }

    /** Accepts the answer; accepting another one later reverses the first one's award, the same one is a no-op. */
    QuestionEntity accept(String user, long questionId, long answerId) {
        return rows.inTransaction(() -> {
            QuestionEntity question = rows.lockVisibleQuestion(Optional.of(user), questionId);
            rows.requireMayAccept(user, question);
            AnswerEntity answer = rows.answerOf(question, answerId);
            if (question.getAcceptedAnswerId() != answer.getID()) {
                withdraw(question);
                question.setAcceptedAnswerId(answer.getID());
                question.save();
                events.answerAccepted(QaRows.answerPost(question, answer), user);
            }
            return question;
        });
    }

    QuestionEntity unaccept(String user, long questionId) {
        return rows.inTransaction(() -> {
            QuestionEntity locked = rows.lockVisibleQuestion(Optional.of(user), questionId);
            rows.requireMayAccept(user, locked);
            withdraw(locked);
            locked.save();
            return locked;
        });
    }

    /** Reverses the current acceptance's award and clears it (the caller saves the question). */
    void withdraw(QuestionEntity question) {
        int acceptedId = question.getAcceptedAnswerId();
        if (acceptedId == 0) {
            return;
        }
        AnswerEntity previous = store.get(AnswerEntity.class, acceptedId);
        if (previous != null) {
            events.answerAcceptanceReversed(QaRows.answerPost(question, previous));
        }
        question.setAcceptedAnswerId(0);
    }
}
