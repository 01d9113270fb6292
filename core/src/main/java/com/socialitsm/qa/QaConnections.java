package com.socialitsm.qa;

/**
 * Connects the Q&amp;A to the other features inside the Q&amp;A's transactions: points ({@code kudos}), the activity
 * feed ({@code activity}) and auto-follows ({@code follow}). The composition root builds it with those services.
 */
public final class QaConnections implements QaEvents {

    @Override
    public void questionAsked(QaPost question) {
        // CALL SITE (follow): FollowService.autoFollow(asker, issue) when question.issueId() != 0.
        // CALL SITE (activity): ActivityService records "asked a question".
    }

    @Override
    public void answerPosted(QaPost answer) {
        // CALL SITE (follow): FollowService.autoFollow(answerer, issue) when answer.issueId() != 0.
        // CALL SITE (activity): ActivityService records "answered a question".
    }

    @Override
    public void answerAccepted(QaPost answer, String acceptedBy) {
        // CALL SITE (kudos): KudosService.answerAccepted.
        // CALL SITE (activity): ActivityService records "accepted an answer".
    }

    @Override
    public void answerAcceptanceReversed(QaPost answer) {
        // CALL SITE (kudos): KudosService reversal of answerAccepted.
    }

    @Override
    public void answerUpvoted(QaPost answer, String voter) {
        // CALL SITE (kudos): KudosService.answerUpvoted.
    }

    @Override
    public void answerUpvoteReversed(QaPost answer, String voter) {
        // CALL SITE (kudos): KudosService reversal of answerUpvoted.
    }

    @Override
    public void answerDeleted(QaPost answer) {
        // CALL SITE (activity): ActivityService withdraws "answered" and "accepted" of this answer.
    }

    @Override
    public void questionDeleted(QaPost question) {
        // CALL SITE (activity): ActivityService withdraws "asked" of this question.
    }
}
