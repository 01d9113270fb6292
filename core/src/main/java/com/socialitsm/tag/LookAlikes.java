package com.socialitsm.tag;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Look-alike letters in a tag that mixes scripts: {@code #vрn} with a Cyrillic {@code р} is the tag {@code vpn}.
 *
 * <p>Unicode TR 39 calls a string <em>mixed-script</em> when no one script holds all its characters (Common and
 * Inherited ones, such as digits, underscores and combining marks, go with any script; Han goes with Hiragana and
 * Katakana as Japanese, and with Hangul as Korean, and with Bopomofo). In such a tag each character that TR 39's
 * confusables map to one Latin letter or digit is replaced by it, in lower case, after canonical decomposition
 * (so a Cyrillic {@code ї} becomes {@code ï}). A tag written in one script is left as written: {@code #вход},
 * {@code #συνάντηση}, and also {@code #рор}, whose letters are all Cyrillic. ASCII is never rewritten either: TR 39
 * also folds {@code 1} into {@code l} and {@code m} into {@code rn}, but ASCII letters are what the look-alikes
 * are folded to, and {@code #l33t} or {@code #mom} must stay the tags people type.
 *
 * <p>The table is TR 39's confusables as ICU4J 77.1's {@code SpoofChecker.getSkeleton} computes them, restricted to
 * the characters that can appear in a decomposed tag (hashtag characters, lower case, NFKD-stable; fullwidth forms
 * and mathematical letters are folded to ASCII by NFKC before this) whose skeleton is one ASCII letter or digit.
 * ICU4J itself is a 14 MB jar, too big to embed in the Jira app for this; {@code HashtagUnicodeTablesTest} checks the table
 * against it and prints the table anew when a newer ICU disagrees.
 */
final class LookAlikes {

    /** Code point (hex), its TR 39 skeleton, its name. Sorted by code point. */
    private static final String TABLE = """
            0131 i LATIN SMALL LETTER DOTLESS I
            018D g LATIN SMALL LETTER TURNED DELTA
            01BD s LATIN SMALL LETTER TONE FIVE
            01C0 l LATIN LETTER DENTAL CLICK
            0223 8 LATIN SMALL LETTER OU
            0251 a LATIN SMALL LETTER ALPHA
            0261 g LATIN SMALL LETTER SCRIPT G
            0263 y LATIN SMALL LETTER GAMMA
            0269 i LATIN SMALL LETTER IOTA
            026A i LATIN LETTER SMALL CAPITAL I
            026F w LATIN SMALL LETTER TURNED M
            028B u LATIN SMALL LETTER V WITH HOOK
            028F y LATIN LETTER SMALL CAPITAL Y
            03B1 a GREEK SMALL LETTER ALPHA
            03B3 y GREEK SMALL LETTER GAMMA
            03B9 i GREEK SMALL LETTER IOTA
            03BD v GREEK SMALL LETTER NU
            03BF o GREEK SMALL LETTER OMICRON
            03C1 p GREEK SMALL LETTER RHO
            03C3 o GREEK SMALL LETTER SIGMA
            03C5 u GREEK SMALL LETTER UPSILON
            03F3 j GREEK LETTER YOT
            0430 a CYRILLIC SMALL LETTER A
            0431 6 CYRILLIC SMALL LETTER BE
            0433 r CYRILLIC SMALL LETTER GHE
            0435 e CYRILLIC SMALL LETTER IE
            043E o CYRILLIC SMALL LETTER O
            0440 p CYRILLIC SMALL LETTER ER
            0441 c CYRILLIC SMALL LETTER ES
            0443 y CYRILLIC SMALL LETTER U
            0445 x CYRILLIC SMALL LETTER HA
            0455 s CYRILLIC SMALL LETTER DZE
            0456 i CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
            0458 j CYRILLIC SMALL LETTER JE
            0461 w CYRILLIC SMALL LETTER OMEGA
            0475 v CYRILLIC SMALL LETTER IZHITSA
            04AF y CYRILLIC SMALL LETTER STRAIGHT U
            04BB h CYRILLIC SMALL LETTER SHHA
            04BD e CYRILLIC SMALL LETTER ABKHASIAN CHE
            04CF i CYRILLIC SMALL LETTER PALOCHKA
            0501 d CYRILLIC SMALL LETTER KOMI DE
            051B q CYRILLIC SMALL LETTER QA
            051D w CYRILLIC SMALL LETTER WE
            0561 w ARMENIAN SMALL LETTER AYB
            0563 q ARMENIAN SMALL LETTER GIM
            0566 q ARMENIAN SMALL LETTER ZA
            0570 h ARMENIAN SMALL LETTER HO
            0578 n ARMENIAN SMALL LETTER VO
            057C n ARMENIAN SMALL LETTER RA
            057D u ARMENIAN SMALL LETTER SEH
            0581 g ARMENIAN SMALL LETTER CO
            0584 f ARMENIAN SMALL LETTER KEH
            0585 o ARMENIAN SMALL LETTER OH
            05D5 l HEBREW LETTER VAV
            05D8 v HEBREW LETTER TET
            05DF l HEBREW LETTER FINAL NUN
            05E1 o HEBREW LETTER SAMEKH
            0627 l ARABIC LETTER ALEF
            0647 o ARABIC LETTER HEH
            0661 l ARABIC-INDIC DIGIT ONE
            0665 o ARABIC-INDIC DIGIT FIVE
            0667 V ARABIC-INDIC DIGIT SEVEN
            06BE o ARABIC LETTER HEH DOACHASHMEE
            06C1 o ARABIC LETTER HEH GOAL
            06D5 o ARABIC LETTER AE
            06F1 l EXTENDED ARABIC-INDIC DIGIT ONE
            06F5 o EXTENDED ARABIC-INDIC DIGIT FIVE
            06F7 V EXTENDED ARABIC-INDIC DIGIT SEVEN
            07C0 O NKO DIGIT ZERO
            07CA l NKO LETTER A
            0966 o DEVANAGARI DIGIT ZERO
            09E6 O BENGALI DIGIT ZERO
            09EA 8 BENGALI DIGIT FOUR
            09ED 9 BENGALI DIGIT SEVEN
            0A66 o GURMUKHI DIGIT ZERO
            0A67 9 GURMUKHI DIGIT ONE
            0A6A 8 GURMUKHI DIGIT FOUR
            0AE6 o GUJARATI DIGIT ZERO
            0B03 8 ORIYA SIGN VISARGA
            0B20 O ORIYA LETTER TTHA
            0B66 O ORIYA DIGIT ZERO
            0B68 9 ORIYA DIGIT TWO
            0BE6 o TAMIL DIGIT ZERO
            0C02 o TELUGU SIGN ANUSVARA
            0C66 o TELUGU DIGIT ZERO
            0C82 o KANNADA SIGN ANUSVARA
            0CE6 o KANNADA DIGIT ZERO
            0D02 o MALAYALAM SIGN ANUSVARA
            0D20 o MALAYALAM LETTER TTHA
            0D66 o MALAYALAM DIGIT ZERO
            0D6D 9 MALAYALAM DIGIT SEVEN
            0D82 o SINHALA SIGN ANUSVARAYA
            0E50 o THAI DIGIT ZERO
            0ED0 o LAO DIGIT ZERO
            101D o MYANMAR LETTER WA
            1040 o MYANMAR DIGIT ZERO
            10E7 y GEORGIAN LETTER QAR
            10FF o GEORGIAN LETTER LABIAL SIGN
            1200 U ETHIOPIC SYLLABLE HA
            12D0 O ETHIOPIC SYLLABLE PHARYNGEAL A
            142F V CANADIAN SYLLABICS PE
            144C U CANADIAN SYLLABICS TE
            146D P CANADIAN SYLLABICS KI
            146F d CANADIAN SYLLABICS KO
            1472 b CANADIAN SYLLABICS KA
            148D J CANADIAN SYLLABICS CO
            14AA L CANADIAN SYLLABICS MA
            14BF 2 CANADIAN SYLLABICS SAYISI M
            1541 x CANADIAN SYLLABICS SAYISI YI
            157C H CANADIAN SYLLABICS NUNAVUT H
            157D x CANADIAN SYLLABICS HK
            1587 R CANADIAN SYLLABICS TLHI
            15AF b CANADIAN SYLLABICS AIVILIK B
            15B4 F CANADIAN SYLLABICS BLACKFOOT WE
            15C5 A CANADIAN SYLLABICS CARRIER GHO
            15DE D CANADIAN SYLLABICS CARRIER THE
            15EA D CANADIAN SYLLABICS CARRIER PE
            15F0 M CANADIAN SYLLABICS CARRIER GO
            15F7 B CANADIAN SYLLABICS CARRIER KHE
            16B7 X RUNIC LETTER GEBO GYFU G
            16C1 l RUNIC LETTER ISAZ IS ISS I
            16D5 K RUNIC LETTER OPEN-P
            16D6 M RUNIC LETTER EHWAZ EH E
            1D04 c LATIN LETTER SMALL CAPITAL C
            1D0F o LATIN LETTER SMALL CAPITAL O
            1D11 o LATIN SMALL LETTER SIDEWAYS O
            1D1C u LATIN LETTER SMALL CAPITAL U
            1D20 v LATIN LETTER SMALL CAPITAL V
            1D21 w LATIN LETTER SMALL CAPITAL W
            1D22 z LATIN LETTER SMALL CAPITAL Z
            1D26 r GREEK LETTER SMALL CAPITAL GAMMA
            1D83 g LATIN SMALL LETTER G WITH PALATAL HOOK
            1D8C y LATIN SMALL LETTER V WITH PALATAL HOOK
            1E9D f LATIN SMALL LETTER LONG S WITH HIGH STROKE
            1EFF y LATIN SMALL LETTER Y WITH LOOP
            2C85 r COPTIC SMALL LETTER GAMMA
            2C9F o COPTIC SMALL LETTER O
            2CA3 p COPTIC SMALL LETTER RO
            2CA5 c COPTIC SMALL LETTER SIMA
            2D38 V TIFINAGH LETTER YADH
            2D39 E TIFINAGH LETTER YADD
            2D4F l TIFINAGH LETTER YAN
            2D54 O TIFINAGH LETTER YAR
            2D55 Q TIFINAGH LETTER YARR
            2D5D X TIFINAGH LETTER YATH
            A4D0 B LISU LETTER BA
            A4D1 P LISU LETTER PA
            A4D2 d LISU LETTER PHA
            A4D3 D LISU LETTER DA
            A4D4 T LISU LETTER TA
            A4D6 G LISU LETTER GA
            A4D7 K LISU LETTER KA
            A4D9 J LISU LETTER JA
            A4DA C LISU LETTER CA
            A4DC Z LISU LETTER DZA
            A4DD F LISU LETTER TSA
            A4DF M LISU LETTER MA
            A4E0 N LISU LETTER NA
            A4E1 L LISU LETTER LA
            A4E2 S LISU LETTER SA
            A4E3 R LISU LETTER ZHA
            A4E6 V LISU LETTER HA
            A4E7 H LISU LETTER XA
            A4EA W LISU LETTER WA
            A4EB X LISU LETTER SHA
            A4EC Y LISU LETTER YA
            A4EE A LISU LETTER A
            A4F0 E LISU LETTER E
            A4F2 l LISU LETTER I
            A4F3 O LISU LETTER O
            A4F4 U LISU LETTER U
            A647 i CYRILLIC SMALL LETTER IOTA
            A6DF V BAMUM LETTER KO
            A731 s LATIN LETTER SMALL CAPITAL S
            A799 f LATIN SMALL LETTER F WITH STROKE
            A79F u LATIN SMALL LETTER VOLAPUK UE
            AB32 e LATIN SMALL LETTER BLACKLETTER E
            AB35 f LATIN SMALL LETTER LENIS F
            AB3D o LATIN SMALL LETTER BLACKLETTER O
            AB47 r LATIN SMALL LETTER R WITHOUT HANDLE
            AB48 r LATIN SMALL LETTER DOUBLE R
            AB4E u LATIN SMALL LETTER U WITH SHORT RIGHT LEG
            AB52 u LATIN SMALL LETTER U WITH LEFT HOOK
            AB5A y LATIN SMALL LETTER Y WITH SHORT RIGHT LEG
            AB75 i CHEROKEE SMALL LETTER V
            AB81 r CHEROKEE SMALL LETTER HU
            AB83 w CHEROKEE SMALL LETTER LA
            AB93 z CHEROKEE SMALL LETTER NO
            ABA9 v CHEROKEE SMALL LETTER DO
            ABAA s CHEROKEE SMALL LETTER DU
            ABAF c CHEROKEE SMALL LETTER TLI
            10282 B LYCIAN LETTER B
            10286 E LYCIAN LETTER I
            10287 F LYCIAN LETTER W
            1028A l LYCIAN LETTER J
            10290 X LYCIAN LETTER MM
            10292 O LYCIAN LETTER U
            10295 P LYCIAN LETTER R
            10296 S LYCIAN LETTER S
            10297 T LYCIAN LETTER T
            102A0 A CARIAN LETTER A
            102A1 B CARIAN LETTER P2
            102A2 C CARIAN LETTER D
            102A5 F CARIAN LETTER R
            102AB O CARIAN LETTER O
            102B0 M CARIAN LETTER S
            102B1 T CARIAN LETTER C-18
            102B2 Y CARIAN LETTER U
            102B4 X CARIAN LETTER X
            102CF H CARIAN LETTER E2
            10301 B OLD ITALIC LETTER BE
            10302 C OLD ITALIC LETTER KE
            10309 l OLD ITALIC LETTER I
            10311 M OLD ITALIC LETTER SHE
            10315 T OLD ITALIC LETTER TE
            10317 X OLD ITALIC LETTER EKS
            1031A 8 OLD ITALIC LETTER EF
            1042C o DESERET SMALL LETTER LONG O
            1043D c DESERET SMALL LETTER CHEE
            10448 s DESERET SMALL LETTER ZHEE
            104EA o OSAGE SMALL LETTER O
            104F6 u OSAGE SMALL LETTER U
            10513 N ELBASAN LETTER NE
            10516 O ELBASAN LETTER O
            10518 K ELBASAN LETTER QE
            1051C C ELBASAN LETTER SHE
            1051D V ELBASAN LETTER TE
            10525 F ELBASAN LETTER GHE
            10526 L ELBASAN LETTER GHAMMA
            10527 X ELBASAN LETTER KHE
            114D0 O TIRHUTA DIGIT ZERO
            11706 v AHOM LETTER PA
            1170A w AHOM LETTER JA
            1170E w AHOM LETTER LA
            1170F w AHOM LETTER SA
            118C0 v WARANG CITI SMALL LETTER NGAA
            118C1 s WARANG CITI SMALL LETTER A
            118C2 F WARANG CITI SMALL LETTER WI
            118C3 i WARANG CITI SMALL LETTER YU
            118C4 z WARANG CITI SMALL LETTER YA
            118C6 7 WARANG CITI SMALL LETTER II
            118C8 o WARANG CITI SMALL LETTER E
            118CA 3 WARANG CITI SMALL LETTER ANG
            118CC 9 WARANG CITI SMALL LETTER KO
            118D5 6 WARANG CITI SMALL LETTER AT
            118D6 9 WARANG CITI SMALL LETTER AM
            118D7 o WARANG CITI SMALL LETTER BU
            118D8 u WARANG CITI SMALL LETTER PU
            118DC y WARANG CITI SMALL LETTER HAR
            118E0 O WARANG CITI DIGIT ZERO
            118E5 Z WARANG CITI DIGIT FIVE
            118E6 W WARANG CITI DIGIT SIX
            118E9 C WARANG CITI DIGIT NINE
            16F08 V MIAO LETTER VA
            16F0A T MIAO LETTER TA
            16F16 L MIAO LETTER LA
            16F28 l MIAO LETTER GHA
            16F35 R MIAO LETTER ZHA
            16F3A S MIAO LETTER SA
            16F3B 3 MIAO LETTER ZA
            16F40 A MIAO LETTER ZZYA
            16F42 U MIAO LETTER WA
            16F43 Y MIAO LETTER AH
            """;

    private static final int[] CODE_POINTS;
    private static final char[] SKELETONS;

    static {
        String[] lines = TABLE.strip().split("\n");
        CODE_POINTS = new int[lines.length];
        SKELETONS = new char[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] fields = lines[i].strip().split(" ", 3);
            CODE_POINTS[i] = Integer.parseInt(fields[0], 16);
            SKELETONS[i] = fields[1].charAt(0);
        }
    }

    /** Scripts that, with Han, write one language: Japanese, Korean, Chinese with Bopomofo. */
    private static final Set<UnicodeScript> JAPANESE = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
    private static final Set<UnicodeScript> KOREAN = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HANGUL);
    private static final Set<UnicodeScript> CHINESE = EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO);

    private LookAlikes() {
    }

    /**
     * The tag with its look-alike letters replaced when it mixes scripts, else the tag itself. {@code tag} is in
     * the normal form {@link HashtagGrammar#tagOf} gives it before this step (NFKC, lower case, NFC).
     */
    static String foldMixedScript(String tag) {
        if (!isMixedScript(tag)) {
            return tag;
        }
        String decomposed = Normalizer.normalize(tag, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            int skeleton = latinSkeleton(codePoint);
            folded.appendCodePoint(skeleton >= 0 ? Character.toLowerCase(skeleton) : codePoint);
            i += Character.charCount(codePoint);
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Whether no one script (with TR 39's Japanese, Korean and Chinese writing systems) holds every character. */
    static boolean isMixedScript(CharSequence text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            UnicodeScript script = UnicodeScript.of(codePoint);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN) {
                scripts.add(script);
            }
            i += Character.charCount(codePoint);
        }
        return scripts.size() > 1
                && !JAPANESE.containsAll(scripts) && !KOREAN.containsAll(scripts) && !CHINESE.containsAll(scripts);
    }

    /** The one ASCII letter or digit TR 39 maps this code point to (as ICU spells it, upper case included), or -1. */
    static int latinSkeleton(int codePoint) {
        int index = Arrays.binarySearch(CODE_POINTS, codePoint);
        return index >= 0 ? SKELETONS[index] : -1;
    }

    /** The code points of the table, in order: for the test that holds it against ICU4J. */
    static int[] codePoints() {
        return CODE_POINTS.clone();
    }
}
