package com.socialitsm.kudos;

import java.time.Clock;
import java.util.List;

/**
 * Points for answers in community Q&amp;A: accepted (+15) and upvoted (+5 per other user), each reversible by a new
 * ledger row when the acceptance or the upvote is withdrawn, and earnable again afterwards (the slot's next award).
 */
final class AnswerAwards {
    private final Clock clock;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final Badges badges;

    AnswerAwards(Clock clock, KudosSettings settings, Ledger ledger, Badges badges) {
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.badges = badges;
    }

    int accepted(AnswerCredit answer, String acceptedBy) {
        if (answer.author().equals(acceptedBy)) {
            return 0;
        }
        int points = award(Ledger.slot(Ledger.ANSWER_ACCEPTED, answer.answerId()), answer, Ledger.ANSWER_ACCEPTED,
                settings.rules().answerAcceptedPoints());
        if (points > 0) {
            badges.afterAcceptedAnswer(answer.author());
        }
        return points;
    }

    void unaccepted(long answerId) {
        reverse(Ledger.slot(Ledger.ANSWER_ACCEPTED, answerId));
    }

    int upvoted(AnswerCredit answer, String voter) {
        if (answer.author().equals(voter)) {
            return 0;
        }
        return award(Ledger.slot(Ledger.ANSWER_UPVOTED, answer.answerId(), voter), answer, Ledger.ANSWER_UPVOTED,
                settings.rules().answerUpvotedPoints());
    }

    void upvoteWithdrawn(long answerId, String voter) {
        reverse(Ledger.slot(Ledger.ANSWER_UPVOTED, answerId, voter));
    }

    private int award(String slot, AnswerCredit answer, String reason, int points) {
        if (points == 0) {
            return 0;
        }
        Ledger.SlotState state = Ledger.stateOf(slot, Ledger.states(ledger.inSlots(List.of(slot))));
        if (state.isActive()) {
            return 0;
        }
        ledger.write(List.of(Ledger.awardRow(new Ledger.Award(slot, answer.author(), points, reason,
                answer.issueId(), answer.projectId(), Long.toString(answer.questionId())), state, clock.millis())));
        return points;
    }

    private void reverse(String slot) {
        Ledger.SlotState state = Ledger.stateOf(slot, Ledger.states(ledger.inSlots(List.of(slot))));
        state.active().ifPresent(award -> ledger.write(List.of(Ledger.reversalRow(award, clock.millis()))));
    }
}
