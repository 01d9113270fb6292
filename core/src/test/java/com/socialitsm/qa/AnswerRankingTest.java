package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.socialitsm.host.UserRef;

/** Answers rank accepted first, then by the Wilson lower bound: evidence beats a lucky start. */
class AnswerRankingTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void twoQuickUpvotesDoNotBeatALongProvenAnswer() {
        Answer proven = answer(1, 40, 5, false, 0);
        Answer quick = answer(2, 2, 0, false, 10);

        assertThat(AnswerRanking.rank(List.of(quick, proven))).containsExactly(proven, quick);
        assertThat(proven.score()).isGreaterThan(quick.score());
        // ... and a net score alone would get this one wrong: 60 up 50 down (net 10) is worse than 9 up 0 down.
        Answer controversial = answer(3, 60, 50, false, 0);
        Answer unanimous = answer(4, 9, 0, false, 5);
        assertThat(AnswerRanking.rank(List.of(controversial, unanimous))).containsExactly(unanimous, controversial);
    }

    @Test
    void theAcceptedAnswerComesFirstWhateverItsVotes() {
        Answer accepted = answer(1, 0, 3, true, 20);
        Answer popular = answer(2, 100, 1, false, 0);

        assertThat(AnswerRanking.rank(List.of(popular, accepted))).containsExactly(accepted, popular);
    }

    @Test
    void equalEvidenceKeepsTheOlderAnswerFirstAndUnvotedAnswersLast() {
        Answer older = answer(5, 3, 1, false, 0);
        Answer newer = answer(6, 3, 1, false, 60);
        Answer unvoted = answer(1, 0, 0, false, 0);
        Answer downvoted = answer(2, 0, 4, false, 0);

        assertThat(AnswerRanking.rank(List.of(unvoted, newer, downvoted, older)))
                .containsExactly(older, newer, unvoted, downvoted);
    }

    @Test
    void wilsonLowerBoundMatchesTheFormula() {
        assertThat(AnswerRanking.wilsonLowerBound(0, 0)).isZero();
        assertThat(AnswerRanking.wilsonLowerBound(2, 0)).isCloseTo(0.342, within(0.001));
        assertThat(AnswerRanking.wilsonLowerBound(40, 5)).isCloseTo(0.766, within(0.001));
        assertThat(AnswerRanking.wilsonLowerBound(0, 4)).isZero();
        assertThat(AnswerRanking.wilsonLowerBound(1000, 0)).isCloseTo(0.996, within(0.001));
    }

    private static Answer answer(long id, int up, int down, boolean accepted, int minutes) {
        return new Answer(id, 1, "body " + id, new UserRef("u" + id, null, null, true),
                T0.plusSeconds(60L * minutes), Optional.empty(), up, down, accepted);
    }
}
