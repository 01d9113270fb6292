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

/**
 * The Q&A front end keeps its two promises: bodyHtml from the server is the only HTML it inserts (one innerHTML, in
 * sanitizedHtml), and every social.qa.* text it shows exists in English and German.
 */
class QuestionsScriptTest {
    private static final Pattern KEY = Pattern.compile("'(social\\.qa\\.[A-Za-z.]+[A-Za-z])'");
    private static final Pattern SORT = Pattern.compile("SORTS = \\[([^\\]]*)\\]");

    @Test
    void innerHtmlIsUsedOnceForServerSanitizedHtmlOnly() throws IOException {
        String script = resource("/social-itsm/js/questions.js");
        String code = script.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");

        assertThat(Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write").matcher(code)
                .results().count()).isEqualTo(1);
        assertThat(code).contains("node.innerHTML = html;");
        assertThat(Pattern.compile("sanitizedHtml\\([^)]*\\)").matcher(code).results().map(java.util.regex.MatchResult::group)
                .filter(call -> !call.startsWith("sanitizedHtml(className"))).allSatisfy(call ->
                        assertThat(call).containsPattern("\\b(html|bodyHtml)\\)$"));
    }

    @Test
    void everyQaTextExistsInEnglishAndGerman() throws IOException {
        String script = resource("/social-itsm/js/questions.js");
        Set<String> used = new TreeSet<>();
        KEY.matcher(script).results().map(m -> m.group(1)).forEach(used::add);
        Matcher sorts = SORT.matcher(script);
        assertThat(sorts.find()).isTrue();
        for (String sort : sorts.group(1).replace("'", "").split(",\\s*")) {
            used.add("social.qa.sort." + sort);
        }
        Properties english = properties("/i18n/social-itsm.properties");
        Properties german = properties("/i18n/social-itsm_de.properties");

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(german.stringPropertyNames()).containsAll(used);
        Set<String> englishQa = new TreeSet<>(english.stringPropertyNames());
        englishQa.removeIf(k -> !k.startsWith("social.qa."));
        Set<String> germanQa = new TreeSet<>(german.stringPropertyNames());
        germanQa.removeIf(k -> !k.startsWith("social.qa."));
        assertThat(germanQa).isEqualTo(englishQa);
    }

    private static Properties properties(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QuestionsScriptTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = QuestionsScriptTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
