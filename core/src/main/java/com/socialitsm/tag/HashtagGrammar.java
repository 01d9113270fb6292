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

    /** Whether the whole string is one hashtag body: hashtag characters only, at least one letter or mark. */
    static boolean isHashtagBody(CharSequence body) {
        if (body.length() == 0 || startsEmojiKeycap(body.charAt(0))) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < body.length(); ) {
            int codePoint = Character.codePointAt(body, i);
            int kind = kindOf(codePoint);
            if (kind == NONE) {
                return false;
            }
            letter |= kind == LETTER_OR_MARK;
            i += Character.charCount(codePoint);
        }
        return letter;
    }

    /**
     * The tag a hashtag body stands for: NFKC, then lower case in the root locale; empty when the body
     * or the tag is longer than {@link HashtagExtractor#MAX_TAG_LENGTH}.
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
            if (kindOf(codePoint) == NONE) {
                if (kept == null) {
                    kept = new StringBuilder(folded.length()).append(folded, 0, i);
                }
            } else if (kept != null) {
                kept.append(folded, i, next);
            }
            i = next;
        }
        return kept == null ? folded : Normalizer.normalize(kept, Normalizer.Form.NFC);
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
