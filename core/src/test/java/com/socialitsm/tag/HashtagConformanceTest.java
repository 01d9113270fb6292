package com.socialitsm.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.twitter.twittertext.Regex;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * twitter-text's own conformance cases for hashtags (the {@code hashtags}, {@code hashtags_from_astral} and
 * {@code hashtags_with_indices} sections of its extract.yml), all of which must pass unchanged, and its
 * character classes, compared code point by code point with the regex they come from.
 */
class HashtagConformanceTest {

    private static final String FILE_NAME = "twitter-text-extract.yml";

    private final HashtagExtractor extractor = new HashtagExtractor();

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashtagCases")
    void findsTheHashtagsTwitterTextFinds(String description, String text, List<String> expected) {
        assertThat(displays(extractor.occurrences(text))).as(text).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashtagCases")
    void extractsEachTagOnceInOrderOfFirstAppearance(String description, String text, List<String> expected) {
        Map<String, String> firstDisplayByTag = new LinkedHashMap<>();
        for (String display : expected) {
            firstDisplayByTag.putIfAbsent(HashtagExtractor.normalizeTag(display).orElseThrow(), display);
        }
        List<ExtractedHashtag> extracted = extractor.extract(text);
        assertThat(displays(extracted)).as(text).containsExactlyElementsOf(firstDisplayByTag.values());
        assertThat(extractor.extractTags(text)).containsExactlyElementsOf(firstDisplayByTag.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexedCases")
    void reportsTheUtf16IndexesTwitterTextReports(String description, String text, List<Map<String, Object>> expected) {
        List<String> actual = new ArrayList<>();
        for (ExtractedHashtag hashtag : extractor.occurrences(text)) {
            actual.add(hashtag.display() + " " + List.of(hashtag.start(), hashtag.end()));
        }
        List<String> wanted = new ArrayList<>();
        for (Map<String, Object> hashtag : expected) {
            wanted.add(hashtag.get("hashtag") + " " + hashtag.get("indices"));
        }
        assertThat(actual).as(text).containsExactlyElementsOf(wanted);
    }

    @Test
    void classifiesEveryCodePointAsTwitterTextsRegexDoes() {
        Pattern hashtag = Regex.VALID_HASHTAG;
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (codePoint > 0xFFFF && Character.getType(codePoint) == Character.UNASSIGNED) {
                // Keeps the test quick; twitter-text's explicit astral ranges are all assigned on Java 17.
                continue;
            }
            String c = new String(Character.toChars(codePoint));
            int kind = HashtagGrammar.kindOf(codePoint);

            Matcher alone = hashtag.matcher("#" + c);
            boolean isLetterOrMark = alone.matches() || HashtagGrammar.startsEmojiKeycap(c.charAt(0));
            Matcher after = hashtag.matcher("#a" + c);
            boolean isHashtagChar = after.matches() && after.group(Regex.VALID_HASHTAG_GROUP_TAG).equals("a" + c);
            Matcher before = hashtag.matcher(c + "#a");
            boolean mayPrecede = before.lookingAt() && before.start(Regex.VALID_HASHTAG_GROUP_HASH) == c.length();

            if (isLetterOrMark != (kind == HashtagGrammar.LETTER_OR_MARK)
                    || isHashtagChar != (kind != HashtagGrammar.NONE)
                    || mayPrecede != HashtagGrammar.mayPrecedeHashtag(codePoint)) {
                disagreements.add(String.format("U+%04X", codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void coversEveryHashtagCaseOfTheFile() {
        assertThat(hashtagCases()).hasSize(65 + 3);
        assertThat(indexedCases()).hasSize(8);
    }

    static List<Arguments> hashtagCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String section : List.of("hashtags", "hashtags_from_astral")) {
            for (Map<String, Object> test : section(section)) {
                cases.add(Arguments.of(section + ": " + test.get("description"), test.get("text"), test.get("expected")));
            }
        }
        return cases;
    }

    static List<Arguments> indexedCases() {
        return section("hashtags_with_indices").stream()
                .map(test -> Arguments.of(test.get("description"), test.get("text"), test.get("expected")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> section(String name) {
        Optional<Path> file = SharedData.file(FILE_NAME);
        assumeTrue(file.isPresent(), () -> SharedData.missingMessage(FILE_NAME));
        try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml().load(reader);
            Map<String, Object> tests = (Map<String, Object>) document.get("tests");
            return (List<Map<String, Object>>) tests.get(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.get(), e);
        }
    }

    private static List<String> displays(List<ExtractedHashtag> hashtags) {
        return hashtags.stream().map(ExtractedHashtag::display).toList();
    }
}
