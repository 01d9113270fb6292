package com.socialitsm.kudos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class KudosRulesTest {

    @Test
    void theStoredFormReadsBackAsTheSameRules() {
        KudosRules tuned = new KudosRules(20, 5, 2, 7, 0, 30, 1, List.of(4, 2, 0), 3, 14, true, true);
        assertThat(KudosRules.parse(tuned.format())).isEqualTo(tuned);
    }

    @Test
    void missingOrUnreadableValuesKeepTheirDefaults() {
        KudosRules parsed = KudosRules.parse("resolvedPoints=12\nfirstTagBonusPoints=lots\npeerKudosPoints=5,x\n"
                + "firstResponsePoints=-3\nunknownRule=7\nprivacyMode=true");
        KudosRules defaults = KudosRules.defaults();

        assertThat(parsed.resolvedPoints()).isEqualTo(12);
        assertThat(parsed.firstTagBonusPoints()).isEqualTo(defaults.firstTagBonusPoints());
        assertThat(parsed.peerKudosPoints()).isEqualTo(defaults.peerKudosPoints());
        assertThat(parsed.firstResponsePoints()).isEqualTo(defaults.firstResponsePoints());
        assertThat(parsed.privacyMode()).isTrue();
        assertThat(KudosRules.parse(null)).isEqualTo(defaults);
        assertThat(KudosRules.parse("")).isEqualTo(defaults);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        KudosRules d = KudosRules.defaults();
        assertThat(List.of(d.resolvedPoints(), d.firstTagBonusPoints(), d.firstTagBonusMaxTags(),
                d.establishedTagMinIssues(), d.firstResponsePoints(), d.answerAcceptedPoints(),
                d.answerUpvotedPoints(), d.peerKudosDailyCap(), d.peerKudosRepeatDays()))
                .containsExactly(10, 15, 3, 3, 2, 15, 5, 10, 7);
        assertThat(d.peerKudosPoints()).containsExactly(5, 3, 1, 0);
        assertThat(d.selfReportedEarns()).isFalse();
        assertThat(d.privacyMode()).isFalse();
    }

    @Test
    void repeatsPastTheScheduleKeepItsLastValue() {
        KudosRules d = KudosRules.defaults();
        assertThat(List.of(d.peerKudosPointsAfter(0), d.peerKudosPointsAfter(1), d.peerKudosPointsAfter(2),
                d.peerKudosPointsAfter(3), d.peerKudosPointsAfter(50))).containsExactly(5, 3, 1, 0, 0);
    }

    @Test
    void outOfRangeRulesAreRefused() {
        assertThatThrownBy(() -> new KudosRules(-1, 15, 3, 3, 2, 15, 5, List.of(5), 10, 7, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolvedPoints");
        assertThatThrownBy(() -> new KudosRules(10, 15, 3, 3, 2, 15, 5, List.of(), 10, 7, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KudosRules(10, 15, 21, 3, 2, 15, 5, List.of(5), 10, 7, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KudosRules.defaults().withEstablishedTagMinIssues(10_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("establishedTagMinIssues");
    }

    @Test
    void rulesSavedBeforeTheEstablishedTagRuleExistedGetItsDefault() {
        KudosRules old = KudosRules.parse("resolvedPoints=12\nfirstTagBonusPoints=20\nfirstTagBonusMaxTags=2\n");

        assertThat(old.establishedTagMinIssues()).isEqualTo(3);
        assertThat(old.firstTagBonusPoints()).isEqualTo(20);
        assertThat(KudosRules.parse("establishedTagMinIssues=0").establishedTagMinIssues()).as("0 is allowed: off")
                .isZero();
    }
}
