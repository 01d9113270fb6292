package com.socialitsm.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tags that look the same are one tag: invisible characters inside a tag, and look-alike letters of another script. */
class HashtagLookAlikeTest {

    private final HashtagExtractor extractor = new HashtagExtractor();

    private List<String> tags(String text) {
        return extractor.extractTags(text);
    }

    @Nested
    class InvisibleCharacters {

        @ParameterizedTest(name = "U+{0}")
        @ValueSource(strings = {"200B", "200C", "200D", "2060", "00AD", "FEFF", "200E", "180E", "E0041"})
        void anInvisibleCharacterInsideATagNeitherSplitsItNorStaysInIt(String hex) {
            String invisible = Character.toString(Integer.parseInt(hex, 16));
            String text = "#v" + invisible + "pn down";
            assertThat(extractor.extract(text)).containsExactly(
                    new ExtractedHashtag("vpn", "v" + invisible + "pn", 0, 4 + invisible.length()));
            assertThat(HashtagExtractor.normalizeTag("v" + invisible + "pn")).contains("vpn");
        }

        @Test
        void aRunOfInvisibleCharactersJoinsToo() {
            assertThat(tags("#out\u200B\u2060\u00ADage #outage")).containsExactly("outage");
        }

        @Test
        void aZeroWidthSpaceRightAfterTheSignStillMakesNoTag() {
            // How people write a sign that must not link: "#\u200Bvpn" shows as "#vpn" and is no tag, here as on twitter.
            assertThat(tags("#\u200Bvpn")).isEmpty();
            assertThat(HashtagExtractor.normalizeTag("\u200Bvpn")).isEmpty();
        }

        @Test
        void anInvisibleCharacterAfterATagIsNotPartOfIt() {
            assertThat(extractor.extract("#vpn\u200B down, #wifi\u200B"))
                    .containsExactly(new ExtractedHashtag("vpn", "vpn", 0, 4), new ExtractedHashtag("wifi", "wifi", 12, 17));
            assertThat(tags("#vpn\u200B#wifi")).containsExactly("vpn", "wifi");
            assertThat(HashtagExtractor.normalizeTag("vpn\u200B")).isEmpty();
        }

        @Test
        void bidiOverridesAndIsolatesEndATag() {
            assertThat(tags("#vp\u202En")).containsExactly("vp");
            assertThat(tags("#vp\u2067n\u2069")).containsExactly("vp");
        }

        @Test
        void joinersShapeTheSpellingShownAndLeaveTheTag() {
            // Devanagari ksha with a zero width joiner (half form) and Persian with a zero width non-joiner.
            assertThat(extractor.extract("#क्\u200Dष #می\u200Cخواهم")).containsExactly(
                    new ExtractedHashtag("क्ष", "क्\u200Dष", 0, 5),
                    new ExtractedHashtag("میخواهم", "می\u200Cخواهم", 6, 15));
        }

        @Test
        void aTagOfInvisibleLettersIsNoTag() {
            // U+3164, the Hangul filler, is a letter that shows nothing.
            assertThat(tags("#\u3164\u3164 #a\u3164")).containsExactly("a");
        }
    }

    @Nested
    class MixedScripts {

        @Test
        void aCyrillicLetterAmongLatinOnesIsTheLatinLetterItLooksLike() {
            assertThat(extractor.extract("#vрn is down, so is #vpn")).containsExactly(
                    new ExtractedHashtag("vpn", "vрn", 0, 4));
            assertThat(tags("#VРN")).containsExactly("vpn");
            assertThat(HashtagExtractor.normalizeTag("#vрn")).contains("vpn");
        }

        @Test
        void greekAndArmenianLookAlikesFoldToo() {
            assertThat(tags("#νpn #vpօ")).containsExactly("vpn", "vpo");
        }

        @Test
        void aLookAlikeOfADigitBecomesTheDigit() {
            // Cyrillic be looks like 6, Bengali four like 8.
            assertThat(tags("#ipvб #IPv6 #win৪ #win8")).containsExactly("ipv6", "win8");
        }

        @Test
        void accentsStayOnTheFoldedLetter() {
            // Ukrainian yi is a Cyrillic i with a diaeresis.
            assertThat(tags("#naїve #naïve")).containsExactly("naïve");
        }

        @Test
        void everyLookAlikeLetterOfTheMixedTagFoldsAndTheRestStays() {
            // A tag that really mixes Latin and Cyrillic gets a key no one typed, but the same one each time.
            assertThat(HashtagExtractor.normalizeTag("vpnсервер")).contains("vpncepвep");
            assertThat(HashtagExtractor.normalizeTag("vpncepвep")).contains("vpncepвep");
        }

        @ParameterizedTest
        @ValueSource(strings = {"вход", "συνάντηση", "日本語ハッシュタグ", "ひらがなカタカナ漢字", "한국어漢字", "注音ㄅㄆㄇ", "مرحبا", "vpn_2024"})
        void aTagInOneScriptStaysAsWritten(String tag) {
            assertThat(LookAlikes.isMixedScript(tag)).isFalse();
            assertThat(HashtagExtractor.normalizeTag(tag)).contains(tag);
        }

        @Test
        void aWholeScriptLookAlikeStaysItsOwnTag() {
            // All Cyrillic: not mixed, so not folded. Telling it from "pop" would need a list of existing tags.
            assertThat(tags("#рор #pop")).containsExactly("рор", "pop");
        }

        @Test
        void asciiIsNeverFolded() {
            // TR 39 folds 1 into l and m into rn; people type #l33t and #mom.
            assertThat(tags("#l33t #mom #c0de #code")).containsExactly("l33t", "mom", "c0de", "code");
        }

        @Test
        void latinMixedWithAnotherScriptIsMixed() {
            assertThat(LookAlikes.isMixedScript("vрn")).isTrue();
            assertThat(LookAlikes.isMixedScript("iphoneケース")).isTrue();
            assertThat(LookAlikes.isMixedScript("ひらがな한국어")).isTrue();
            assertThat(HashtagExtractor.normalizeTag("iPhoneケース")).contains("iphoneケース");
        }
    }
}
