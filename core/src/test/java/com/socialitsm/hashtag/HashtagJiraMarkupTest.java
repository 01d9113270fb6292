package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for Jira issue text on top of twitter-text's grammar, and the normal form of tags. */
class HashtagJiraMarkupTest {

    private final HashtagExtractor extractor = new HashtagExtractor();

    private List<String> tags(String text) {
        return extractor.extractTags(text);
    }

    @Nested
    class CodeAndNoformatBlocks {

        @Test
        void nothingInsideACodeBlockIsAHashtag() {
            assertThat(tags("#before {code}\n#include <stdio.h>\n#define MAX 10\n{code} #after"))
                    .containsExactly("before", "after");
        }

        @Test
        void aCodeBlockWithParametersIsACodeBlock() {
            assertThat(tags("{code:java}\n// #todo\n{code} {code:title=Foo.c|borderStyle=solid}#ifdef X{code} #vpn"))
                    .containsExactly("vpn");
        }

        @Test
        void codeBlockTagsIgnoreCase() {
            assertThat(tags("{CODE}#pragma once{CODE} #vpn")).containsExactly("vpn");
        }

        @Test
        void anUnclosedCodeBlockRunsToTheEndOfTheText() {
            assertThat(tags("#vpn crashes, log:\n{code}\n#0 main()\n#1 thread#2 #endif")).containsExactly("vpn");
        }

        @Test
        void nothingInsideANoformatBlockIsAHashtag() {
            assertThat(tags("{noformat}\n#include <x>\n{noformat}#vpn\n{noformat}#ifdef{noformat}"))
                    .containsExactly("vpn");
        }

        @Test
        void anUnclosedNoformatBlockRunsToTheEndOfTheText() {
            assertThat(tags("#outage {noformat} #x #y")).containsExactly("outage");
        }

        @Test
        void aCodeTagInsideNoformatOpensNoBlock() {
            assertThat(tags("{noformat}{code}{noformat} #vpn")).containsExactly("vpn");
        }
    }

    @Nested
    class Monospace {

        @Test
        void nothingInsideMonospaceIsAHashtag() {
            assertThat(tags("run {{#include}} and {{git log #1}} #vpn")).containsExactly("vpn");
        }

        @Test
        void monospaceEndsAtTheEndOfItsLine() {
            assertThat(tags("{{ #open\n#next }}")).containsExactly("open", "next");
        }

        @Test
        void longRunsOfOpeningBracesAreText() {
            assertThat(tags("{{{{{{ #vpn")).containsExactly("vpn");
        }
    }

    @Nested
    class MarkdownCode {

        @Test
        void nothingInsideAFencedCodeBlockIsAHashtag() {
            assertThat(tags("#before\n```c\n#include <x>\n```\n#after")).containsExactly("before", "after");
        }

        @Test
        void aFenceMayBeIndentedUpToThreeSpaces() {
            assertThat(tags("   ```\n#define X\n   ```\n#vpn")).containsExactly("vpn");
        }

        @Test
        void anUnclosedFenceRunsToTheEndOfTheText() {
            assertThat(tags("#vpn\n```\n#include <x>\n")).containsExactly("vpn");
        }

        @Test
        void nothingInsideInlineBackticksIsAHashtag() {
            assertThat(tags("use `#pragma once` and ``a `#b` c`` then ```#x``` #vpn")).containsExactly("vpn");
        }

        @Test
        void aLoneBacktickIsText() {
            assertThat(tags("it`s #vpn")).containsExactly("vpn");
        }

        @Test
        void inlineCodeEndsAtTheEndOfItsLine() {
            assertThat(tags("`#a\n#b`")).containsExactly("a", "b");
        }
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {
            "https://example.com/page#anchor",
            "http://example.com/#section",
            "ftp://example.com/dir#x",
            "file:///tmp/report.html#summary",
            "svn+ssh://host/repo#trunk",
            "see (https://example.com/a?b=c#d)",
            "www.example.com/#a",
            "example.com/docs/#install",
        })
        void aUrlFragmentIsNotAHashtag(String text) {
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void aUrlEndsAtWhitespace() {
            assertThat(tags("https://example.com/x#y #vpn\thttp://a/#b\n#outage")).containsExactly("vpn", "outage");
        }

        @Test
        void aUrlEndsWhereJiraMarkupOrHtmlStarts() {
            assertThat(tags("<a href=\"http://x/#a\">#vpn</a>")).containsExactly("vpn");
        }

        @Test
        void aSlashBetweenHashtagsIsNotAUrl() {
            assertThat(tags("#vpn/#wifi")).containsExactly("vpn", "wifi");
        }
    }

    @Nested
    class WikiLinks {

        @ParameterizedTest
        @ValueSource(strings = {
            "[#anchor]",
            "[Installation|#install]",
            "[text|http://example.com/page#anchor]",
            "[text|Some.Page#section|tooltip]",
            "[^attachment.txt#x]",
        })
        void aLinkTargetIsNotAHashtag(String text) {
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void theAliasAndTipOfALinkAreProse() {
            assertThat(tags("[#vpn guide|#setup|about #wifi]")).containsExactly("vpn", "wifi");
        }

        @Test
        void aBracketWithWhitespaceAndNoPipeIsProse() {
            assertThat(tags("[#vpn ] [see #wifi]")).containsExactly("vpn", "wifi");
        }

        @Test
        void aBracketWithoutClosingOnItsLineIsProse() {
            assertThat(tags("[#vpn\n]")).containsExactly("vpn");
        }
    }

    @Nested
    class Macros {

        @ParameterizedTest
        @ValueSource(strings = {
            "{color:#ff0000}red{color}",
            "{panel:bgColor=#eee|title=Status}ok{panel}",
            "{anchor:#top}",
            "{status:colour=#d04437|title=down}",
        })
        void macroParametersAreNotHashtags(String text) {
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void textInsideAMacroIsProse() {
            assertThat(tags("{color:#d04437}#vpn is down{color} {quote}#outage{quote}")).containsExactly("vpn", "outage");
        }

        @Test
        void aBraceThatIsNoMacroIsText() {
            assertThat(tags("{#vpn} { #wifi } {x #y")).containsExactly("vpn", "wifi", "y");
        }
    }

    @Nested
    class ListsAndOtherSigns {

        @Test
        void listMarkersAreNotHashtagsButListItemsAreScanned() {
            assertThat(tags("# first\n## nested\n#* mixed\n# #vpn is down")).containsExactly("vpn");
        }

        @Test
        void htmlEntitiesAreNotHashtags() {
            assertThat(tags("it&#39;s &#x27;quoted&#x27;")).isEmpty();
        }

        @Test
        void preprocessorLinesOutsideCodeFollowTheGrammar() {
            // Measured in HashtagFalsePositiveReport: without {code} around them these are hashtags, as on Twitter.
            assertThat(tags("#include <stdio.h>\n#ifdef DEBUG")).containsExactly("include", "ifdef");
        }

        @Test
        void coloursOutsideMarkupFollowTheGrammar() {
            assertThat(tags("border #d04437, background #fff, grey #333333")).containsExactly("d04437", "fff");
        }

        @Test
        void issueNumbersAreNotHashtags() {
            assertThat(tags("fixed in #1234, see PR #56")).isEmpty();
        }
    }

    @Nested
    class Normalization {

        @Test
        void fullwidthFormsFoldToAscii() {
            assertThat(extractor.extract("＃ＶＰＮ down"))
                    .containsExactly(new ExtractedHashtag("vpn", "ＶＰＮ", 0, 4));
        }

        @Test
        void tagsAreLowerCaseAndKeepTheirAccents() {
            assertThat(tags("#Über #ÇA #İstanbul")).containsExactly("über", "ça", "i\u0307stanbul");
        }

        @Test
        void composedAndDecomposedSpellingsAreOneTag() {
            assertThat(tags("#cafe\u0301 #café")).containsExactly("café");
        }

        @Test
        void charactersThatNfkcTakesOutOfTheGrammarAreDropped() {
            // U+FF5E becomes '~', U+309B becomes a space and a combining mark: neither is a hashtag character.
            assertThat(tags("#メ～テレ #か゛")).containsExactly("メテレ", "が");
        }

        @Test
        void eachTagIsReportedOnceWithItsFirstSpellingAndPosition() {
            assertThat(extractor.extract("#VPN down; #vpn again, #Vpn, #outage and #ＶＰＮ"))
                    .containsExactly(
                            new ExtractedHashtag("vpn", "VPN", 0, 4),
                            new ExtractedHashtag("outage", "outage", 29, 36));
        }

        @Test
        void astralLettersAreLetters() {
            assertThat(extractor.extract("#\uD840\uDC21 \uD840\uDC21#x"))
                    .containsExactly(new ExtractedHashtag("\uD840\uDC21", "\uD840\uDC21", 0, 3));
        }
    }

    @Nested
    class LengthLimit {

        @Test
        void aTagOfSixtyFourCharactersIsAHashtag() {
            String tag = "a".repeat(HashtagExtractor.MAX_TAG_LENGTH);
            assertThat(tags("#" + tag)).containsExactly(tag);
        }

        @Test
        void aLongerRunIsNotAHashtagAndDoesNotHideTheNextOne() {
            assertThat(tags("#" + "a".repeat(HashtagExtractor.MAX_TAG_LENGTH + 1) + " #vpn")).containsExactly("vpn");
        }

        @Test
        void aTagLongerThanTheLimitAfterNormalizationIsNotAHashtag() {
            // U+FDFA is one character that NFKC spells out in 18, 15 without the spaces.
            assertThat(tags("#\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA #\uFDFA\uFDFA")).containsExactly(
                    HashtagExtractor.normalizeTag("\uFDFA\uFDFA").orElseThrow());
            assertThat(HashtagExtractor.normalizeTag("\uFDFA\uFDFA").orElseThrow()).hasSize(30);
        }

        @Test
        void aSpellingLongerThanTheLimitIsNotAHashtagEvenIfItsTagIsShorter() {
            // The display spelling is stored too; 33 halfwidth katakana with sound marks are 66 characters, 33 as a tag.
            assertThat(tags("#" + "ﾊﾟ".repeat(33) + " #" + "ﾊﾟ".repeat(32))).containsExactly("パ".repeat(32));
        }
    }

    @Nested
    class UserInput {

        @ParameterizedTest
        @ValueSource(strings = {"vpn", "#vpn", "VPN", "＃Vpn", "  vpn\t", "ＶＰＮ"})
        void aSingleHashtagIsAccepted(String input) {
            assertThat(HashtagExtractor.normalizeTag(input)).contains("vpn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"vpn issue", "123", "", " ", "#", "##vpn", "#vpn#", "vpn!", "vpn-issue", "_1", "#️⃣"})
        void anythingElseIsRejected(String input) {
            assertThat(HashtagExtractor.normalizeTag(input)).isEmpty();
        }

        @Test
        void noInputIsRejected() {
            assertThat(HashtagExtractor.normalizeTag(null)).isEmpty();
        }

        @Test
        void theLengthLimitAppliesToInput() {
            assertThat(HashtagExtractor.normalizeTag("x".repeat(HashtagExtractor.MAX_TAG_LENGTH))).isPresent();
            assertThat(HashtagExtractor.normalizeTag("x".repeat(HashtagExtractor.MAX_TAG_LENGTH + 1))).isEmpty();
        }

        @Test
        void nonLatinTagsAreAccepted() {
            assertThat(HashtagExtractor.normalizeTag("#日本語")).contains("日本語");
            assertThat(HashtagExtractor.normalizeTag("Μαχάτμα_Γκάντι")).contains("μαχάτμα_γκάντι");
        }

        @Test
        void everyTagOfEveryHashtagCharacterIsAFixedPoint() {
            // Exhaustive over the code points of the grammar: a tag typed back in, or put in a URL, is the same tag.
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (HashtagGrammar.kindOf(codePoint) == HashtagGrammar.NONE) {
                    continue;
                }
                String body = "a" + new String(Character.toChars(codePoint));
                Optional<String> tag = HashtagExtractor.normalizeTag(body);
                assertThat(tag).as("U+%04X", codePoint).isPresent();
                assertThat(HashtagExtractor.normalizeTag(tag.get())).as("U+%04X", codePoint).isEqualTo(tag);
            }
        }
    }

    @Test
    void inRandomMarkupEveryHashtagLiesOutsideTheMarkupAndIsItsOwnTag() {
        String[] pieces = {"#", "#", "a", "é", "1", " ", "\n", "{", "}", "{{", "}}", "[", "]", "|", "`", "```", "code",
            "noformat", "color", ":", "//", "http", "x.y", "/", "\uFE0F", "\uD800"};
        Random random = new Random(42);
        int hashtags = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<HashtagExtractor.TextRange> markup = extractor.markup(text);
            int previousEnd = 0;
            for (HashtagExtractor.TextRange region : markup) {
                assertThat(region.start()).as("%s in %s", region, text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(region.end()).as("%s in %s", region, text).isBetween(region.start(), text.length());
                previousEnd = region.end();
            }
            for (ExtractedHashtag hashtag : extractor.occurrences(text)) {
                hashtags++;
                assertThat(markup).as("%s in %s", hashtag, text)
                        .noneMatch(region -> region.start() < hashtag.end() && hashtag.start() < region.end());
                assertThat(HashtagExtractor.normalizeTag(hashtag.display())).contains(hashtag.tag());
            }
        }
        assertThat(hashtags).isGreaterThan(10_000);
    }

    /**
     * Inputs built to make a naive scanner quadratic: 1 MB each, well under a second when linear, hours when
     * not, so the generous timeout is not a timing assertion.
     */
    @Nested
    class PathologicalInput {

        private static final int ONE_MB = 1 << 20;

        @ParameterizedTest
        @ValueSource(strings = {"#", "＃", "{{", "{", "{{{}", "[", "[ ", "[|", "a`", "``a`", "`` ", "a/#a.b/", "{code:", "x://",
            "{color:", "#a", "#a#", "&#", "\uD840", "[a|b", "{{ }"})
        @Timeout(value = 10, unit = TimeUnit.SECONDS)
        void aMegabyteOfOneRepeatedPatternIsScannedInLinearTime(String pattern) {
            String text = pattern.repeat(ONE_MB / pattern.length());
            List<ExtractedHashtag> hashtags = extractor.extract(text + " #end");
            assertThat(hashtags).extracting(ExtractedHashtag::tag).endsWith("end");
        }

        @Test
        @Timeout(value = 10, unit = TimeUnit.SECONDS)
        void deeplyNestedBracesAreScannedInLinearTime() {
            String text = "{".repeat(ONE_MB / 2) + "}".repeat(ONE_MB / 2);
            assertThat(extractor.extract(text + "\n#end")).extracting(ExtractedHashtag::tag).containsExactly("end");
        }

        @Test
        @Timeout(value = 10, unit = TimeUnit.SECONDS)
        void backtickRunsOfEveryLengthAreScannedInLinearTime() {
            StringBuilder text = new StringBuilder();
            for (int ticks = 1; text.length() < ONE_MB; ticks = ticks % 40 + 1) {
                text.append("`".repeat(ticks)).append(" #x ");
            }
            assertThat(extractor.extract(text.append("\n#end"))).extracting(ExtractedHashtag::tag).contains("end");
        }
    }
}
