package com.socialitsm.qa;

/**
 * What the Q&amp;A tells the rest of the app. Every call happens inside the transaction of the change it reports, so
 * points, feed entries and follows commit or roll back together with it. Each award has its reversal, called when
 * the cause goes away (another answer accepted, an upvote withdrawn or turned into a downvote, a post deleted), so
 * that sums over the calls always match the current state. Implementations decide their own rules (e.g. no points
 * for accepting one's own answer) and must apply them to an award and its reversal alike.
 */
public interface QaEvents {

    /** Does nothing: for hosts and tests that run the Q&amp;A alone. */
    QaEvents NONE = new QaEvents() { };

    default void questionAsked(QaPost question) {
    }

    default void answerPosted(QaPost answer) {
    }

    /** The asker (or an admin, {@code acceptedBy}) accepted this answer. */
    default void answerAccepted(QaPost answer, String acceptedBy) {
    }

    /** The reversal of {@link #answerAccepted}: another answer was accepted, acceptance withdrawn, or a deletion. */
    default void answerAcceptanceReversed(QaPost answer) {
    }

    default void answerUpvoted(QaPost answer, String voter) {
    }

    /** The reversal of {@link #answerUpvoted}: the vote was withdrawn, turned down, or the post deleted. */
    default void answerUpvoteReversed(QaPost answer, String voter) {
    }

    /** The answer was deleted (its acceptance and upvotes were reversed just before). */
    default void answerDeleted(QaPost answer) {
    }

    /** The question was deleted (after its answers' awards were reversed and each answer reported deleted). */
    default void questionDeleted(QaPost question) {
    }

    /**
     * A question or answer was posted or edited: {@code text} is what it says now (a question's title and body).
     * Called after {@link #questionAsked} / {@link #answerPosted}, and on every edit.
     */
    default void postWritten(QaPost post, String text) {
    }

    /** An issue was raised from this question (the host created it; the question now links to it). */
    default void issueRaised(QaPost question, long issueId) {
    }
}
