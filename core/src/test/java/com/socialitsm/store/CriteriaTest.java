package com.socialitsm.store;

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
        assertThat(Criteria.escapeLike("100%_a!b")).isEqualTo("100!%!_a!!b");
        assertThat(Criteria.likeContaining("x_y")).isEqualTo("%x!_y%");
    }

    @Test
    void conditionsAreJoinedWithAndAndACopyGrowsAlone() {
        Criteria where = new Criteria("DELETED = ?", false).and("PROJECT_ID = ?", 7L);
        Criteria copy = where.copy().and("ID < ?", 99L);

        assertThat(where.sql()).isEqualTo("DELETED = ? AND PROJECT_ID = ?");
        assertThat(where.parameters()).containsExactly(false, 7L);
        assertThat(copy.sql()).isEqualTo("DELETED = ? AND PROJECT_ID = ? AND ID < ?");
        assertThat(copy.parameters()).containsExactly(false, 7L, 99L);
    }
}
