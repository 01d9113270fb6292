package com.socialitsm.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.kudos.KudosService;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.web.rest.HashtagResource;

/**
 * The front end and the server agree on every input limit because only the server has the numbers: the scripts ask
 * for limits by name ({@code limit('questionTitleMax')}), every name they ask for is delivered, every delivered
 * limit is used, and no script spells one of the numbers itself.
 */
class FrontEndLimitsTest {
    private static final Pattern LIMIT_CALL = Pattern.compile("\\blimit\\('([A-Za-z]+)'\\)");

    @Test
    void theLimitsAreTheServicesOwn() {
        assertThat(FrontEndLimits.values()).containsEntry("questionTitleMin", QuestionService.TITLE_MIN_LENGTH)
                .containsEntry("questionTitleMax", QuestionService.TITLE_MAX_LENGTH)
                .containsEntry("questionBodyMax", QuestionService.BODY_MAX_LENGTH)
                .containsEntry("kudosMessageMax", KudosService.MAX_MESSAGE)
                .containsEntry("visitNoteMax", com.socialitsm.visit.VisitService.MAX_NOTE)
                .containsEntry("hashtagRangesTexts", HashtagResource.MAX_TEXTS_PER_REQUEST)
                .containsEntry("hashtagRangesBytes", HashtagResource.MAX_TEXT_BYTES);
    }

    @Test
    void theJsonHoldsEveryLimitAsANumber() throws IOException {
        JsonNode json = new ObjectMapper().readTree(FrontEndLimits.toScriptJson());

        assertThat(json.size()).isEqualTo(FrontEndLimits.values().size());
        FrontEndLimits.values().forEach((name, value) -> assertThat(json.get(name).isInt()).as(name).isTrue());
        FrontEndLimits.values().forEach((name, value) -> assertThat(json.get(name).asInt()).as(name).isEqualTo(value));
    }

    @Test
    void theScriptsAskForExactlyTheLimitsTheServerDelivers() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (String script : code().values()) {
            LIMIT_CALL.matcher(script).results().map(m -> m.group(1)).forEach(asked::add);
        }

        assertThat(asked).isEqualTo(FrontEndLimits.values().keySet());
    }

    /**
     * A limit's number written into a script is a second copy that will one day disagree. Numbers under 100 are left
     * out: 10 is also a radix and a page size; the names test above covers those limits.
     */
    @Test
    void noScriptSpellsALimitsNumber() throws IOException {
        for (Map.Entry<String, String> script : code().entrySet()) {
            for (Map.Entry<String, Integer> limit : FrontEndLimits.values().entrySet()) {
                if (limit.getValue() < 100) {
                    continue;
                }
                String digits = String.valueOf(limit.getValue());
                // Not a path segment either: the SVG namespace (http://www.w3.org/2000/svg) is no limit.
                Pattern literal = Pattern.compile("(?<![\\w./])" + digitsWithSeparators(digits) + "(?![\\w./])");
                assertThat(literal.matcher(script.getValue()).find())
                        .as("%s.js spells %s (%s); use limit('%s')", script.getKey(), digits, limit.getKey(),
                                limit.getKey())
                        .isFalse();
            }
        }
    }

    /** 30000 also as 30_000. */
    private static String digitsWithSeparators(String digits) {
        return String.join("_?", digits.split(""));
    }

    /** Every script of the front end (the folder of core.js in this module's resources), without its comments. */
    private static Map<String, String> code() throws IOException {
        Path folder;
        try {
            folder = Path.of(FrontEndLimitsTest.class.getResource("/social-itsm/js/core.js").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                code.put(file.getFileName().toString().replace(".js", ""),
                        text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", ""));
            }
        }
        assertThat(code).containsKeys("core", "main", "questions", "kudos");
        return code;
    }
}
