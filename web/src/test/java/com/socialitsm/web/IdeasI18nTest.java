package com.socialitsm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.socialitsm.idea.IdeaSort;
import com.socialitsm.idea.IdeaStatus;

/** Every text ideas.js asks for exists in English and German, including the keys it builds from statuses and sorts. */
class IdeasI18nTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("(?:t|plural)\\('(social\\.[a-zA-Z0-9.\\-]+)'");
    private static final Pattern PLURAL_KEY = Pattern.compile("plural\\('(social\\.[a-zA-Z0-9.\\-]+)'");

    @Test
    void everyKeyOfTheIdeaBoardsIsInBothLanguages() throws IOException {
        String script = read("social-itsm/js/ideas.js") + read("social-itsm/js/kudos.js");
        Set<String> used = new TreeSet<>();
        Matcher literal = LITERAL_KEY.matcher(script);
        while (literal.find()) {
            used.add(literal.group(1));
        }
        Matcher plural = PLURAL_KEY.matcher(script);
        while (plural.find()) {
            used.add(plural.group(1) + ".one");
        }
        for (IdeaStatus status : IdeaStatus.values()) {
            used.add("social.idea.status." + status.code());
        }
        for (IdeaSort sort : IdeaSort.values()) {
            used.add("social.idea.sort." + sort.code());
        }
        used.addAll(Set.of("social.feed.filter.ideas", "social.feed.reason.idea", "social.verb.idea-status",
                "social.page.ideas.title", "social.page.idea.title", "social.nav.ideas"));
        assertThat(used).hasSizeGreaterThan(40);

        assertThat(bundle("i18n/social-itsm.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("i18n/social-itsm_de.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdeasI18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = IdeasI18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
