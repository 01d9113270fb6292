package com.socialitsm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.socialitsm.kudos.Badge;
import com.socialitsm.kudos.Period;

/** Every text kudos.js and votes.js ask for exists in English and German, including the keys it builds from codes. */
class KudosI18nTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("t\\('(social\\.[a-zA-Z0-9.\\-]+)'");
    private static final List<String> REASONS = List.of("resolved", "first-tag", "first-response", "answer-accepted",
            "answer-upvoted", "kudos", "boss");

    @Test
    void everyKeyTheKudosModuleUsesIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String script : List.of("social-itsm/js/kudos.js", "social-itsm/js/votes.js")) {
            Matcher literal = LITERAL_KEY.matcher(read(script));
            while (literal.find()) {
                used.add(literal.group(1));
            }
        }
        for (Badge badge : Badge.values()) {
            used.add("social.badge." + badge.code() + ".name");
            used.add("social.badge." + badge.code() + ".description");
        }
        REASONS.forEach(reason -> used.add("social.kudos.reason." + reason));
        for (Period period : Period.values()) {
            used.add("social.kudos.leaderboard." + period.code());
        }
        assertThat(used).hasSizeGreaterThan(40);

        Properties english = bundle("i18n/social-itsm.properties");
        Properties german = bundle("i18n/social-itsm_de.properties");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(german.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theVoteKudosAndBadgeKeysAreTheSameInBothLanguages() throws IOException {
        assertThat(ours(bundle("i18n/social-itsm_de.properties")))
                .isEqualTo(ours(bundle("i18n/social-itsm.properties")));
    }

    private static Set<String> ours(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("social.vote.") || key.startsWith("social.kudos.") || key.startsWith("social.badge.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KudosI18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = KudosI18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
