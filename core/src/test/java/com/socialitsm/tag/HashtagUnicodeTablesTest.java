package com.socialitsm.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tag grammar's Unicode tables, which keep ICU4J out of the runtime, held against ICU4J (a test dependency):
 * TR 39's confusables ({@link LookAlikes}) and Default_Ignorable_Code_Point ({@link HashtagGrammar#isDefaultIgnorable}).
 * Only code points Java 17 knows count: a newer Unicode's letters are no hashtag characters here yet.
 */
class HashtagUnicodeTablesTest {

    private final SpoofChecker spoofChecker = new SpoofChecker.Builder().build();

    @Test
    void everyLookAlikeOfTheTableHasTheSkeletonIcuGivesIt() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint : LookAlikes.codePoints()) {
            String skeleton = spoofChecker.getSkeleton(Character.toString(codePoint));
            if (!skeleton.equals(Character.toString(LookAlikes.latinSkeleton(codePoint)))) {
                disagreements.add(tableLine(codePoint, skeleton));
            }
        }
        assertThat(disagreements).as("table lines that ICU4J spells otherwise").isEmpty();
    }

    @Test
    void theTableHoldsEveryCharacterOfATagThatIcuMapsToOneLatinLetterOrDigit() {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int codePoint = 128; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (LookAlikes.latinSkeleton(codePoint) >= 0) {
                actual.add(tableLine(codePoint, Character.toString(LookAlikes.latinSkeleton(codePoint))));
            }
            if (!mayAppearInADecomposedTag(codePoint)) {
                continue;
            }
            String skeleton = spoofChecker.getSkeleton(Character.toString(codePoint));
            if (skeleton.length() == 1 && isAsciiLetterOrDigit(skeleton.charAt(0))) {
                expected.add(tableLine(codePoint, skeleton));
            }
        }
        assertThat(actual)
                .as("LookAlikes.TABLE; ICU4J's would be:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aLookAlikeAmongLatinLettersGivesTheTagIcusSkeletonGivesTheText() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint : LookAlikes.codePoints()) {
            UnicodeScript script = UnicodeScript.of(codePoint);
            if (script == UnicodeScript.LATIN || script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
                continue; // among Latin letters these mix no scripts: the tag stays as written
            }
            String text = "v" + Character.toString(codePoint) + "n";
            String skeleton = spoofChecker.getSkeleton(text).toLowerCase(Locale.ROOT);
            if (!HashtagExtractor.normalizeTag(text).equals(Optional.of(skeleton))) {
                disagreements.add(tableLine(codePoint, skeleton) + " gives " + HashtagExtractor.normalizeTag(text));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theDefaultIgnorableCharactersAreUnicodesAsIcuKnowsThem() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            boolean icu = UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            if (icu != HashtagGrammar.isDefaultIgnorable(codePoint)) {
                disagreements.add(String.format("U+%04X", codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** A hashtag character that a tag, decomposed, can hold: not ASCII, lower case, and its own NFKD. */
    private static boolean mayAppearInADecomposedTag(int codePoint) {
        if (Character.getType(codePoint) == Character.UNASSIGNED || HashtagGrammar.kindOf(codePoint) == HashtagGrammar.NONE) {
            return false;
        }
        String c = Character.toString(codePoint);
        return c.toLowerCase(Locale.ROOT).equals(c) && Normalizer.normalize(c, Normalizer.Form.NFKD).equals(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String tableLine(int codePoint, String skeleton) {
        return String.format("%04X %s %s", codePoint, skeleton, Character.getName(codePoint));
    }
}
