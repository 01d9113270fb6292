package com.socialitsm.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The small values behind listings: cursors, title words, LIKE escaping, the hashtag column. */
class QaValuesTest {

    @Test
    void aCursorDecodesOnlyForItsOwnSort() {
        String token = new QuestionCursor(QuestionSort.VOTES, -3, 42).encode();

        assertThat(QuestionCursor.decode(token, QuestionSort.VOTES))
                .contains(new QuestionCursor(QuestionSort.VOTES, -3, 42));
        assertThat(QuestionCursor.decode(token, QuestionSort.NEWEST)).isEmpty();
        assertThat(QuestionCursor.decode("*" + token, QuestionSort.VOTES)).isEmpty();
        assertThat(QuestionCursor.decode("", QuestionSort.VOTES)).isEmpty();
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(QuestionTags.columnPattern("vpn_x")).isEqualTo("% vpn!_x %");
    }

    @Test
    void significantWordsDropStopWordsAndShortWords() {
        assertThat(TitleWords.significant("How do I fix the VPN? VPN-Client fails; warum geht es nicht"))
                .containsExactly("fix", "vpn", "client", "fails", "geht");
        assertThat(TitleWords.overlap(TitleWords.significant("VPN connect"),
                TitleWords.significant("VPN connection lost"))).isEqualTo(2.0 / 3);
        assertThat(TitleWords.overlap(TitleWords.significant("printer"), TitleWords.significant("VPN"))).isZero();
    }

    @Test
    void theHashtagColumnRoundTripsAndStaysWithinItsLength() {
        assertThat(QuestionTags.fromColumn(QuestionTags.toColumn(List.of("vpn", "outage"))))
                .containsExactly("vpn", "outage");
        assertThat(QuestionTags.fromColumn(QuestionTags.toColumn(List.of()))).isEmpty();
        List<String> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "tag" + i + "x".repeat(40))
                .toList();
        assertThat(QuestionTags.toColumn(QuestionTags.combine(many, List.of()))).hasSizeLessThanOrEqualTo(450);
        assertThat(QuestionTags.normalize("#VPN")).contains("vpn");
        assertThat(QuestionTags.normalize("123")).isEmpty();
        assertThat(QuestionTags.normalize("two words")).isEmpty();
        assertThat(QuestionTags.extract("a#not #Yes and #yes, (#Paren) x#no")).containsExactly("yes", "paren");
    }
}
