package com.socialitsm.tag;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * twitter-text's hashtag grammar (com.twitter.twittertext.Regex, version 3.1.0) on code points, and the
 * normal form under which two spellings are the same tag.
 *
 * <p>twitter-text defines a hashtag as {@code [#＃]} followed by a run of "hashtag characters" (letters,
 * marks, decimal digits and a few special characters) that holds at least one letter or mark. Its regex
 * spells the letters as {@code \p{L}\p{M}} plus ranges that were not yet letters in older Unicode
 * versions; on Java 17 all of those are letters already except a few Apple private-use ranges, kept
 * in {@link #isPrivateUseLetter}. Its numerals ({@code \p{Nd}} plus ranges) are all {@code Nd} on Java 17.
 */
final class HashtagGrammar {

    /** Not a hashtag character. */
    static final int NONE = 0;
    /** A letter or mark: at least one is needed in a hashtag. */
    static final int LETTER_OR_MARK = 1;
    /** A decimal digit or one of twitter-text's special characters: allowed, but not enough alone. */
    static final int DIGIT_OR_SPECIAL = 2;

    private HashtagGrammar() {
    }

    static boolean isHashSign(char c) {
        return c == '#' || c == '\uFF03';
    }

    /** Classifies one code point as {@link #NONE}, {@link #LETTER_OR_MARK} or {@link #DIGIT_OR_SPECIAL}. */
    static int kindOf(int codePoint) {
        if (codePoint < 128) {
            int lowerCase = codePoint | 0x20;
            if (lowerCase >= 'a' && lowerCase <= 'z') {
                return LETTER_OR_MARK;
            }
            return codePoint >= '0' && codePoint <= '9' || codePoint == '_' ? DIGIT_OR_SPECIAL : NONE;
        }
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return LETTER_OR_MARK;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT_OR_SPECIAL;
            case Character.PRIVATE_USE:
                return isPrivateUseLetter(codePoint) ? LETTER_OR_MARK : NONE;
            default:
                return isSpecial(codePoint) ? DIGIT_OR_SPECIAL : NONE;
        }
    }

    /**
     * Whether a hashtag may start right after this code point. twitter-text refuses a sign glued to a
     * word ({@code abc#def}) or to an HTML entity ({@code &#39;}), but lets emoji variation selectors
     * (which are marks) precede it, so that {@code ✌️#tag} works.
     */
    static boolean mayPrecedeHashtag(int codePoint) {
        if (codePoint == '\uFE0E' || codePoint == '\uFE0F') {
            return true;
        }
        return codePoint != '&' && kindOf(codePoint) == NONE;
    }

    /**
     * Whether twitter-text refuses a sign because of what follows it: U+FE0F or the keycap mark U+20E3
     * make {@code #️⃣} an emoji, not a hashtag.
     */
    static boolean startsEmojiKeycap(char afterSign) {
        return afterSign == '\uFE0F' || afterSign == '\u20E3';
    }

    /**
     * Whether the whole string is one hashtag body: hashtag characters only, at least one letter or mark, and
     * invisible characters that {@link #joinsHashtag join} two hashtag characters.
     */
    static boolean isHashtagBody(CharSequence body) {
        if (body.length() == 0 || startsEmojiKeycap(body.charAt(0))) {
            return false;
        }
        boolean letter = false;
        boolean joining = false;
        for (int i = 0; i < body.length(); ) {
            int codePoint = Character.codePointAt(body, i);
            int kind = kindOf(codePoint);
            if (kind == NONE) {
                if (i == 0 || !joinsHashtag(codePoint)) {
                    return false;
                }
                joining = true;
            } else {
                joining = false;
            }
            letter |= kind == LETTER_OR_MARK;
            i += Character.charCount(codePoint);
        }
        return letter && !joining;
    }

    /**
     * Whether this code point, between two hashtag characters, continues the hashtag although it is none: the
     * default-ignorable characters (invisible: U+200B zero width space, U+2060 word joiner, U+00AD soft hyphen,
     * U+FEFF...) that twitter-text does not count, so that {@code #v}, a zero width space and {@code pn} are the
     * tag {@code vpn}, not the tag {@code v} and some text. Not right after the sign: a sign followed by a zero
     * width space is how people write a sign that must not make a tag. Not the bidi embeddings, overrides and
     * isolates (U+202A..U+202E, U+2066..U+2069) either: they reorder the text around them, so they end a tag
     * rather than ride in its display. twitter-text's joiners (ZWJ, ZWNJ) are hashtag characters already.
     */
    static boolean joinsHashtag(int codePoint) {
        return isDefaultIgnorable(codePoint)
                && !(codePoint >= 0x202A && codePoint <= 0x202E)
                && !(codePoint >= 0x2066 && codePoint <= 0x2069)
                && kindOf(codePoint) == NONE;
    }

    /**
     * Unicode's Default_Ignorable_Code_Point: characters that are invisible unless a font shows them on purpose,
     * which TR 31 tells identifiers to ignore when they are compared (as NFKC_Casefold does). They are dropped
     * from the tag, the joiners and variation selectors that are hashtag characters included; the spelling
     * shown keeps them. {@code HashtagUnicodeTablesTest} holds this list against ICU4J's.
     */
    static boolean isDefaultIgnorable(int codePoint) {
        if (codePoint < 0x00AD) {
            return false;
        }
        return codePoint == 0x00AD
                || codePoint == 0x034F
                || codePoint == 0x061C
                || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x17B4 || codePoint == 0x17B5
                || codePoint >= 0x180B && codePoint <= 0x180F
                || codePoint >= 0x200B && codePoint <= 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2060 && codePoint <= 0x206F
                || codePoint == 0x3164
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint == 0xFEFF
                || codePoint == 0xFFA0
                || codePoint >= 0xFFF0 && codePoint <= 0xFFF8
                || codePoint >= 0x1BCA0 && codePoint <= 0x1BCA3
                || codePoint >= 0x1D173 && codePoint <= 0x1D17A
                || codePoint >= 0xE0000 && codePoint <= 0xE0FFF;
    }

    /**
     * The tag a hashtag body stands for: NFKC, then lower case in the root locale, without
     * {@link #isDefaultIgnorable default-ignorable} characters, and with its look-alike letters folded to
     * Latin when it mixes scripts ({@link LookAlikes}); empty when the body or the tag is longer than
     * {@link HashtagExtractor#MAX_TAG_LENGTH}, or when no letter is left.
     *
     * <p>Both lengths count: the tag is the key, and the body is stored too, as the display spelling.
     * Lengths are in UTF-16 units, the unit SQL Server's NVARCHAR counts in, so 64 fits a 64-character
     * column on every database Jira supports.
     *
     * <p>NFKC maps two hashtag characters out of the grammar: U+FF5E (fullwidth tilde) becomes {@code ~},
     * and a few letters and marks (U+309B, U+037A, the Arabic ligatures U+FDFA…) gain a space. Those are
     * dropped, so that every tag is itself a valid hashtag body and survives being typed back in, sent
     * in a URL or used in JQL; the rest is recomposed.
     */
    static Optional<String> tagOf(String body) {
        if (body.length() > HashtagExtractor.MAX_TAG_LENGTH) {
            return Optional.empty();
        }
        String tag = isAscii(body) ? body.toLowerCase(Locale.ROOT) : normalizeNonAscii(body);
        if (tag.length() > HashtagExtractor.MAX_TAG_LENGTH || !isHashtagBody(tag)) {
            return Optional.empty();
        }
        return Optional.of(tag);
    }

    private static String normalizeNonAscii(String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = null;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (kindOf(codePoint) == NONE || isDefaultIgnorable(codePoint)) {
                if (kept == null) {
                    kept = new StringBuilder(folded.length()).append(folded, 0, i);
                }
            } else if (kept != null) {
                kept.append(folded, i, next);
            }
            i = next;
        }
        String tag = kept == null ? folded : Normalizer.normalize(kept, Normalizer.Form.NFC);
        return LookAlikes.foldMixedScript(tag);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The private-use ranges twitter-text counts as letters: Apple's encoding of Tamil, Kannada and other
     * ligatures, which iOS keyboards send.
     */
    private static boolean isPrivateUseLetter(int codePoint) {
        return codePoint >= 0xF870 && codePoint <= 0xF87F
                || codePoint == 0xF882
                || codePoint >= 0xF884 && codePoint <= 0xF89F
                || codePoint == 0xF8B8
                || codePoint >= 0xF8C1 && codePoint <= 0xF8D6;
    }

    /** twitter-text's HASHTAG_SPECIAL_CHARS beyond the underscore: joiners, Hebrew and Japanese marks, middle dot. */
    private static boolean isSpecial(int codePoint) {
        switch (codePoint) {
            case 0x200C: // zero width non-joiner
            case 0x200D: // zero width joiner
            case 0xA67E: // Cyrillic kavyka
            case 0x05BE: // Hebrew maqaf
            case 0x05F3: // Hebrew geresh
            case 0x05F4: // Hebrew gershayim
            case 0xFF5E: // fullwidth tilde
            case 0x301C: // wave dash
            case 0x309B: // katakana-hiragana voiced sound mark
            case 0x309C: // katakana-hiragana semi-voiced sound mark
            case 0x30A0: // katakana-hiragana double hyphen
            case 0x30FB: // katakana middle dot
            case 0x3003: // ditto mark
            case 0x0F0B: // Tibetan tsheg
            case 0x0F0C: // Tibetan non-breaking tsheg
            case 0x00B7: // middle dot
                return true;
            default:
                return false;
        }
    }
}
