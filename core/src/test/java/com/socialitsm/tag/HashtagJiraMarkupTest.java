package com.socialitsm.tag;

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
        void issueNumbersAreNotHashtags() {
            assertThat(tags("fixed in #1234, see PR #56")).isEmpty();
        }
    }

    /**
     * Hashtags of twitter-text's grammar, outside any markup, that issue text uses for code, configuration
     * or identifiers: the shapes HashtagFalsePositiveReport found in the Apache Jira sample. Each rule has
     * its counterpart that must stay a hashtag.
     */
    @Nested
    class CodeShapedSigns {

        @ParameterizedTest
        @ValueSource(strings = {
            "<jdbcPersistenceAdapter dataSource=\"#mysql-ds\"/>",
            "<ulink url=\"#sc_4lw\">Four Letter Words</ulink>",
            "<a href='#top'>top</a>",
            "<td bgcolor=#eeeeee>",
            "?tag=#vpn",
        })
        void aSignGluedToAnEqualsSignOrAnAttributeQuoteIsAValueNotAHashtag(String text) {
            // Attribute values and assignments: bean references, anchors, colours.
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void quotesAndEqualsSignsWithoutTheOtherAreProse() {
            assertThat(tags("\"#vpn\" is down, '#wifi' too, a = #outage, x=\" #dns\"")).containsExactly("vpn", "wifi", "outage", "dns");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "ThrottledInputStream should #close() the underlying stream",
            "Why do you want to deprecate #getBlockInfo()?",
            "cluster1#format(true)#build() - same as now",
            "+#AC_CONFIG_MACRO_DIR([m4])",
            "#MESSAGE(FATAL_ERROR \"You must set it\")",
        })
        void aNameGluedToAnOpeningParenthesisIsAMethodReferenceNotAHashtag(String text) {
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void aParenthesisAfterASpaceIsProse() {
            assertThat(tags("#vpn (again) and (#wifi)")).containsExactly("vpn", "wifi");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "#PermitRootLogin=yes",
            "  #ACTIVEMQ_OPTS=\"-Xms4096M -Xmx4096M\"",
            "#guests=test",
            "available on node host: #containers=7 available=0",
            "It also handles the case of #reduces=0.",
        })
        void aNameGluedToAnEqualsSignIsAKeyNotAHashtag(String text) {
            // Commented-out settings, and counts written as assignments.
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void aKeyAndValueApartOrAColonAfterTheNameAreProse() {
            // "#PermitRootLogin yes" has the shape of "#vpn down", and "#outage: vpn down" is how a tag leads a
            // sentence; neither is told apart from prose without guessing, so both stay hashtags.
            assertThat(tags("#PermitRootLogin yes\n#outage: vpn down\n#vpn = down")).containsExactly("permitrootlogin", "outage", "vpn");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "commit #f04ae77015c",
            "see #20276d2113f669a2ea08480ce76df9bd6b913d09 and #726F270A6E5C720A98AC58F2C4A549E70B45FBAD",
            "border #d04437, shadow #ff0000ff, grey #333333",
            "serializes to #105ffffffe0, rather than #1005e0",
        })
        void hexIdsAndColoursWithADigitAreNotHashtags(String text) {
            // Commit ids (7 to 40 hex digits) and colours (3, 6, 8 hex digits); all digits is no hashtag anyway.
            assertThat(tags(text)).isEmpty();
        }

        @Test
        void hexWordsWithoutADigitAndOtherLengthsAreHashtags() {
            String longerThanACommitId = "a1" + "0".repeat(39);
            assertThat(tags("#cafe #defaced #fff #deadbeef #a1b2 #a1b2c #d04437x #" + longerThanACommitId))
                    .containsExactly("cafe", "defaced", "fff", "deadbeef", "a1b2", "a1b2c", "d04437x", longerThanACommitId);
        }

        @Test
        void threeCharacterTagsWithADigitStayHashtags() {
            // #0f0 and #b2b have the same shape; service desks write #b2b and #2fa, so both stay tags.
            assertThat(tags("#b2b #e2e #2fa #0f0")).containsExactly("b2b", "e2e", "2fa", "0f0");
        }

        @Test
        void preprocessorDirectivesThatOpenALineAreNotHashtags() {
            assertThat(tags("#include <stdio.h>\n  #ifdef DEBUG\n\t#define X 1\n#endif\n+#pragma once\n-#import <Foo/Foo.h>\n"
                    + "#if A\n#elif B\n#else\n#undef X\n#error no\r\n#region Helpers\n#endregion")).isEmpty();
        }

        @Test
        void directiveWordsMidLineOrCapitalizedAndOtherWordsAtALineStartAreHashtags() {
            assertThat(tags("we #include it\n#Include docs\n#includes\n#vpn is down\n* #define the scope"))
                    .containsExactly("include", "includes", "vpn", "define");
        }

        @Test
        void aShebangIsNotAHashtag() {
            // No rule needed: '!' is no hashtag character, so the grammar already refuses it.
            assertThat(tags("#!/bin/bash\n#!python\n#vpn")).containsExactly("vpn");
        }

        @Test
        void aCommentedOutExportIsNotAHashtag() {
            assertThat(tags("#export JAVA_HOME=${JAVA_HOME}\n    +#export HADOOP_OPTS=\"-Xmx1g\"")).isEmpty();
        }

        @Test
        void exportAsAWordIsAHashtag() {
            assertThat(tags("#export is broken\n#export JAVA_HOME\nrun #export X=1")).containsExactly("export");
        }

        @Test
        void theNumberOfSenseStaysAHashtag() {
            // "#of tasks", "#containers and node-label": the same shape as "#vpn and #wifi"; no crisp rule found.
            assertThat(tags("Large #of tasks, sort by #containers and node-label")).containsExactly("of", "containers");
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
            "noformat", "color", ":", "//", "http", "x.y", "/", "\uFE0F", "\uD800", "=", "(", "\"", "f0", "include", "export "};
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
            "{color:", "#a", "#a#", "&#", "\uD840", "[a|b", "{{ }",
            " ", "=#a", "#a(", "#a=", "#a1b2c3d ", "\n#include", "\n#export a", "\n#export ", "#export a", "\t"})
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
