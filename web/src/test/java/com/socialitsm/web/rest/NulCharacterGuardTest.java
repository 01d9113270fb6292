package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NulCharacterGuardTest {

    private static boolean nul(String json) {
        return NulCharacterGuard.containsNul(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRawNulByteOrAJsonNulEscapeIsNul() {
        assertThat(nul("{\"text\":\"a\u0000b\"}")).isTrue();
        assertThat(nul("{\"text\":\"a\\u0000b\"}")).isTrue();
        assertThat(nul("{\"text\":\"a\\\\\\u0000b\"}")).isTrue();
    }

    @Test
    void anEscapedBackslashFollowedByTheLettersIsText() {
        assertThat(nul("{\"text\":\"a\\\\u0000b\"}")).isFalse();
        assertThat(nul("{\"text\":\"u0000 and \\u00e9\"}")).isFalse();
    }
}
