package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void aPrefixRangeEndsAtTheNextPrefixInEveryCollation() {
        assertThat(Criteria.prefixRange("vpn")).isEqualTo(new Criteria.PrefixRange("vpn", Optional.of("vpo")));
        assertThat(Criteria.prefixRange("vz")).isEqualTo(new Criteria.PrefixRange("vz", Optional.of("w")));
        assertThat(Criteria.prefixRange("a_")).isEqualTo(new Criteria.PrefixRange("a_", Optional.of("b")));
        assertThat(Criteria.prefixRange("x9")).isEqualTo(new Criteria.PrefixRange("x9", Optional.of("y")));
        assertThat(Criteria.prefixRange("zz")).isEqualTo(new Criteria.PrefixRange("zz", Optional.empty()));
        assertThat(Criteria.prefixRange("日本")).isEqualTo(new Criteria.PrefixRange("日本", Optional.empty()));
    }

    @Test
    void likePrefixesEscapeTheirWildcardsAndTheEscapeCharacter() {
        assertThat(Criteria.likePrefix("a_b%c!d")).isEqualTo("a!_b!%c!!d%");
    }
}
