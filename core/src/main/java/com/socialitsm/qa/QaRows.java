package com.socialitsm.qa;

import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * The question and answer rows a user may reach, shared by the service, its votes and its issue links: found only
 * when visible (hidden and missing give the same "not found"), locked before a recount, described as {@link QaPost}s
 * for the events, and the one rule of who accepts.
 *
 * <p>Concurrency: every change that recounts a question's derived columns (score, answer count, an answer's up- and
 * downvotes) or awards points first takes the question's row lock ({@link #lockVisibleQuestion}); the recount then
 * sees every earlier change, so the columns equal what the rows say, and awards and their reversals pair up.
 */
final class QaRows {
    static final String NO_SUCH_QUESTION = "There is no such question.";
    static final String NO_SUCH_ANSWER = "There is no such answer.";

    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final AccessPolicy access;
    private final QuestionVisibility visibility;

    QaRows(Store store, AccessPolicy access, QuestionVisibility visibility) {
        this.store = store;
        this.access = access;
        this.visibility = visibility;
    }

    QuestionEntity visibleQuestion(Optional<String> viewer, long questionId) {
        return visibleQuestion(viewer, questionId, NO_SUCH_QUESTION);
    }

    QuestionEntity visibleQuestion(Optional<String> viewer, long questionId, String notFound) {
        QuestionEntity question = entityId(questionId, notFound) > 0
                ? store.get(QuestionEntity.class, (int) questionId) : null;
        if (question == null || !visibility.isVisible(viewer, question)) {
            throw QaRejection.notFound(notFound);
        }
        return question;
    }

    QuestionEntity lockVisibleQuestion(Optional<String> viewer, long questionId) {
        return lockVisibleQuestion(viewer, questionId, NO_SUCH_QUESTION);
    }

    /**
     * The question, visible to the viewer, with its row locked until the transaction ends. Active Objects has no
     * SELECT ... FOR UPDATE, so the lock is taken portably by writing back a column that never changes (CREATED_AT):
     * the UPDATE holds the row lock on every database, a concurrent writer of the same question waits for our
     * commit, and the question is read again after the lock so that its values include every earlier commit.
     */
    QuestionEntity lockVisibleQuestion(Optional<String> viewer, long questionId, String notFound) {
        QuestionEntity question = visibleQuestion(viewer, questionId, notFound);
        question.setCreatedAt(question.getCreatedAt());
        question.save();
        QuestionEntity locked = store.get(QuestionEntity.class, question.getID());
        if (locked == null || locked.isDeleted()) {
            throw QaRejection.notFound(notFound);
        }
        return locked;
    }

    /** An answer that is not deleted; whether its question is visible is the caller's next check. */
    AnswerEntity liveAnswer(long answerId) {
        AnswerEntity answer = entityId(answerId, NO_SUCH_ANSWER) > 0
                ? store.get(AnswerEntity.class, (int) answerId) : null;
        if (answer == null || answer.isDeleted()) {
            throw QaRejection.notFound(NO_SUCH_ANSWER);
        }
        return answer;
    }

    /** A live answer of this question. */
    AnswerEntity answerOf(QuestionEntity question, long answerId) {
        AnswerEntity answer = liveAnswer(answerId);
        if (answer.getQuestionId() != question.getID()) {
            throw QaRejection.notFound(NO_SUCH_ANSWER);
        }
        return answer;
    }

    AnswerEntity[] liveAnswers(int questionId) {
        return store.find(AnswerEntity.class, Query.select().where("QUESTION_ID = ? AND DELETED = ?", questionId,
                false));
    }

    int countLiveAnswers(int questionId) {
        return store.count(AnswerEntity.class, "QUESTION_ID = ? AND DELETED = ?", questionId, false);
    }

    /** The asker or an admin accepts an answer, withdraws the acceptance and copies the accepted answer. */
    void requireMayAccept(String user, QuestionEntity question) {
        if (!question.getAuthor().equals(user) && !access.isAdmin(Optional.of(user))) {
            throw QaRejection.forbidden("Only the asker or an administrator can accept an answer.");
        }
    }

    <T> T inTransaction(Store.TransactionWork<T> work) {
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, work);
    }

    static QaPost questionPost(QuestionEntity question) {
        return new QaPost(question.getID(), 0, question.getAuthor(), question.getAuthor(), question.getProjectId(),
                question.getIssueId(), question.getTitle(), QuestionTags.fromColumn(question.getHashtags()));
    }

    static QaPost answerPost(QuestionEntity question, AnswerEntity answer) {
        return new QaPost(question.getID(), answer.getID(), answer.getAuthor(), question.getAuthor(),
                question.getProjectId(), question.getIssueId(), question.getTitle(),
                QuestionTags.fromColumn(question.getHashtags()));
    }

    private static int entityId(long id, String notFound) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            throw QaRejection.notFound(notFound);
        }
        return (int) id;
    }
}
