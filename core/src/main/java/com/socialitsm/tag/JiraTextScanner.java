package com.socialitsm.tag;

import java.util.Arrays;

/**
 * One forward pass over Jira issue text that finds hashtag candidates by twitter-text's grammar and skips
 * the markup in which a {@code #} is not a hashtag: code and noformat blocks, monospace, Markdown code,
 * URLs, wiki link targets and macro parameters. Hashtags of the grammar that have the shape of code in
 * prose (attribute values, method references, {@code #KEY=} keys, hex ids and colours, preprocessor
 * directives; see {@link CodeShapedHashtags}) are reported as markup too.
 *
 * <p>The scan is linear in the text length whatever the input. Every opener whose closer is searched for
 * (double brace, brace macro, bracket, backtick) either jumps past its closer or, when there is none,
 * leaves a note ({@link Lookahead}, the inline-code failure arrays) that answers the same question for
 * the next opener in O(1); there is no recursion and no regex.
 *
 * <p>One instance serves one call; {@link HashtagExtractor} creates it.
 *
 * <p>Why one class of some 550 lines: it is one algorithm, a single loop whose rules (hashtags, URLs, braces, wiki
 * links, Markdown code) all read and move the same position and share its notes — the boundary before which no URL
 * scheme is looked for, the link target found at a bracket and skipped at its pipe, the lookahead notes that keep
 * the scan linear. Split by markup kind, each part would need that state handed in and back, and the linearity
 * argument would no longer be visible in one place. What keeps no scan state, the rules for hashtags that are code,
 * lives in {@link CodeShapedHashtags}.
 */
final class JiraTextScanner {

    /** What the scan reports, in text order. */
    interface Listener {

        /** A hashtag by grammar and markup rules: {@code start} is the sign, {@code end} ends the run. */
        void hashtag(int start, int end);

        /** A region where hashtags are not looked for. */
        default void markup(int start, int end) {
        }
    }

    /** Inline code spans longer than this many backticks are taken literally; it bounds the failure notes. */
    private static final int MAX_INLINE_BACKTICKS = 16;

    /** Characters with a rule in {@link #run()}; every other ASCII character is skipped at once. */
    private static final long ASCII_RULES_LOW = bit('#') | bit(':');
    private static final long ASCII_RULES_HIGH = bit('{' - 64) | bit('[' - 64) | bit('|' - 64) | bit('`' - 64);

    private final String text;
    private final int length;
    private final Listener listener;
    private final CodeShapedHashtags codeShapes;

    /** The last hashtag or region end: a URL scheme is not looked for before it. */
    private int boundary;

    /** Link target found at '[' and skipped when the scan reaches the '|' before it. */
    private int linkTargetStart = -1;
    private int linkTargetEnd = -1;

    /** What is known about the word in front of the last hashtag checked by {@link #insideSchemelessUrl}. */
    private int wordCheckedUpTo;
    private boolean wordHasDomainDot;
    private boolean wordHasHostPath;

    private final Lookahead monospaceClose = new Lookahead();
    private final Lookahead braceClose = new Lookahead();
    private final Lookahead bracketClose = new Lookahead();
    private final Lookahead linkPipe = new Lookahead();
    private final Lookahead linkSpace = new Lookahead();

    /** For an inline code span of n backticks: the line end up to which, from failedFrom[n], none closes it. */
    private final int[] inlineFailedFrom = new int[MAX_INLINE_BACKTICKS + 1];
    private final int[] inlineFailedUntil = new int[MAX_INLINE_BACKTICKS + 1];

    private JiraTextScanner(String text, Listener listener) {
        this.text = text;
        this.length = text.length();
        this.listener = listener;
        this.codeShapes = new CodeShapedHashtags(text);
        Arrays.fill(inlineFailedFrom, Integer.MAX_VALUE);
    }

    static void scan(String text, Listener listener) {
        new JiraTextScanner(text, listener).run();
    }

    private void run() {
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 128) {
                i = c == '\uFF03' ? hashSign(i) : i + 1;
            } else if (!hasRule(c)) {
                i++;
            } else {
                switch (c) {
                    case '#':
                        i = hashSign(i);
                        break;
                    case '{':
                        i = brace(i);
                        break;
                    case '[':
                        i = bracket(i);
                        break;
                    case '|':
                        i = pipe(i);
                        break;
                    case '`':
                        i = backticks(i);
                        break;
                    case ':':
                        i = colon(i);
                        break;
                    default:
                        i++;
                        break;
                }
            }
        }
    }

    private static boolean hasRule(char ascii) {
        return ascii < 64 ? (ASCII_RULES_LOW >>> ascii & 1) != 0 : (ASCII_RULES_HIGH >>> (ascii - 64) & 1) != 0;
    }

    private static long bit(int index) {
        return 1L << index;
    }

    // ---- hashtags -------------------------------------------------------------------------------------

    /** twitter-text's VALID_HASHTAG plus INVALID_HASHTAG_MATCH_END and its URL overlap check. */
    private int hashSign(int sign) {
        int body = sign + 1;
        if (sign > 0 && !HashtagGrammar.mayPrecedeHashtag(Character.codePointBefore(text, sign))) {
            return body;
        }
        if (body < length && HashtagGrammar.startsEmojiKeycap(text.charAt(body))) {
            return body;
        }
        int end = body;
        boolean letter = false;
        while (end < length) {
            char c = text.charAt(end);
            int kind;
            if (c < 128) {
                kind = HashtagGrammar.kindOf(c);
                if (kind == HashtagGrammar.NONE) {
                    break;
                }
                end++;
            } else {
                int codePoint = text.codePointAt(end);
                kind = HashtagGrammar.kindOf(codePoint);
                if (kind == HashtagGrammar.NONE) {
                    int joined = end > body && HashtagGrammar.joinsHashtag(codePoint) ? afterJoiningRun(end) : end;
                    if (joined == end) {
                        break;
                    }
                    end = joined;
                    continue;
                }
                end += Character.charCount(codePoint);
            }
            letter |= kind == HashtagGrammar.LETTER_OR_MARK;
        }
        // A run without a letter is not a hashtag; none of its characters has a rule, so go on after it.
        if (!letter) {
            return end;
        }
        if (end < length && HashtagGrammar.isHashSign(text.charAt(end))) {
            // #a#b is not a hashtag. twitter-text's regex has consumed the run by then, so the next sign cannot
            // start one either, not even after a variation selector, which otherwise may precede a sign.
            return end + 1;
        }
        if (end < length && text.charAt(end) == ':' && text.startsWith("//", end + 1)) {
            // #http://… is not a hashtag either; the URL rule takes over at the colon.
            return end;
        }
        if (insideSchemelessUrl(sign)) {
            return end;
        }
        if (codeShapes.isCodeShaped(sign, end)) {
            return markup(sign, end);
        }
        listener.hashtag(sign, end);
        boundary = end;
        return end;
    }

    /**
     * Where the hashtag goes on after the invisible characters that start at {@code from}
     * ({@link HashtagGrammar#joinsHashtag}): at the hashtag character that follows them, or nowhere
     * ({@code from}) when none does. The run is read again by the main loop when the hashtag ends there, once:
     * the scan stays linear.
     */
    private int afterJoiningRun(int from) {
        int i = from;
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (HashtagGrammar.kindOf(codePoint) != HashtagGrammar.NONE) {
                return i;
            }
            if (!HashtagGrammar.joinsHashtag(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return from;
    }

    /**
     * Whether the sign is inside a URL written without a scheme ({@code example.com/#anchor}). twitter-text
     * finds those with a regex over a TLD list and drops hashtags that overlap them; here, a word that
     * has a dot followed by a letter and then a slash before the sign counts as a host and a path.
     *
     * <p>The word is read backwards only as far as the previous check, which keeps {@code a.b/#x/#x/#x…}
     * linear.
     */
    private boolean insideSchemelessUrl(int sign) {
        if (sign == 0 || isSpace(text.charAt(sign - 1))) {
            return false;
        }
        int from = sign - 1;
        while (from > wordCheckedUpTo && !isSpace(text.charAt(from - 1))) {
            from--;
        }
        if (from > wordCheckedUpTo || from == 0 || isSpace(text.charAt(from - 1))) {
            wordHasDomainDot = false;
            wordHasHostPath = false;
        }
        for (int i = from; i < sign && !wordHasHostPath; i++) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < sign && isAsciiLetter(text.charAt(i + 1))) {
                wordHasDomainDot = true;
            } else if (c == '/' && wordHasDomainDot) {
                wordHasHostPath = true;
            }
        }
        wordCheckedUpTo = sign;
        return wordHasHostPath;
    }

    // ---- URLs -----------------------------------------------------------------------------------------

    /** {@code scheme://…} up to whitespace (or a character that never is part of a URL) is markup. */
    private int colon(int colon) {
        if (!text.startsWith("//", colon + 1)) {
            return colon + 1;
        }
        int start = colon;
        while (start > boundary && isSchemeChar(text.charAt(start - 1))) {
            start--;
        }
        while (start < colon && !isAsciiLetter(text.charAt(start))) {
            start++;
        }
        if (start == colon) {
            return colon + 1;
        }
        int end = colon + 3;
        while (end < length && !endsUrl(text.charAt(end))) {
            end++;
        }
        return markup(start, end);
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
    }

    /** Whitespace, and the characters twitter-text never takes into a URL that also open Jira markup or HTML. */
    private static boolean endsUrl(char c) {
        return isSpace(c) || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '`';
    }

    // ---- braces: {code}, {noformat}, {{monospace}}, {macro:params} --------------------------------------

    private int brace(int open) {
        if (open + 1 < length && text.charAt(open + 1) == '{') {
            int close = monospaceClose(open + 2);
            return close < 0 ? open + 1 : markup(open, close + 2);
        }
        int nameEnd = open + 1;
        while (nameEnd < length && isAsciiLetter(text.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == open + 1 || nameEnd == length) {
            return open + 1;
        }
        char afterName = text.charAt(nameEnd);
        int tagEnd;
        if (afterName == '}') {
            tagEnd = nameEnd + 1;
        } else if (afterName == ':') {
            int close = braceClose(nameEnd + 1);
            if (close < 0) {
                return open + 1;
            }
            tagEnd = close + 1;
        } else {
            return open + 1;
        }
        if (isName(open + 1, nameEnd, "code") || isName(open + 1, nameEnd, "noformat")) {
            return markup(open, blockEnd(tagEnd, open + 1, nameEnd));
        }
        return afterName == ':' ? markup(open, tagEnd) : tagEnd;
    }

    /**
     * The end of a {code} or {noformat} block: after its closing tag, or the end of the text when it
     * has none. Jira would show an unclosed block as text, but an unclosed {code} is nearly always a
     * pasted log or stack trace cut short, full of {@code #} that are not hashtags.
     */
    private int blockEnd(int contentStart, int nameStart, int nameEnd) {
        int nameLength = nameEnd - nameStart;
        for (int i = text.indexOf('{', contentStart); i >= 0; i = text.indexOf('{', i + 1)) {
            if (text.regionMatches(true, i + 1, text, nameStart, nameLength)
                    && i + 1 + nameLength < length && text.charAt(i + 1 + nameLength) == '}') {
                return i + nameLength + 2;
            }
        }
        return length;
    }

    private boolean isName(int start, int end, String name) {
        return end - start == name.length() && text.regionMatches(true, start, name, 0, name.length());
    }

    /**
     * The index of the double closing brace that ends a monospace span on its line, or -1. Monospace is
     * inline markup, so a stray opening pair stays text rather than hiding the rest of a comment.
     */
    private int monospaceClose(int from) {
        int stop = monospaceClose.covers(from) ? monospaceClose.stop : monospaceClose.remember(from, findMonospaceStop(from));
        return stop < length && text.charAt(stop) == '}' ? stop : -1;
    }

    private int findMonospaceStop(int from) {
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '}' && i + 1 < length && text.charAt(i + 1) == '}' || isLineBreak(c)) {
                return i;
            }
        }
        return length;
    }

    /** The index of the closing brace of a macro tag on its line, or -1. */
    private int braceClose(int from) {
        int stop = braceClose.covers(from) ? braceClose.stop : braceClose.remember(from, findOnLine(from, '}', '}'));
        return stop < length && text.charAt(stop) == '}' ? stop : -1;
    }

    // ---- wiki links: [target], [alias|target], [alias|target|tip] ------------------------------------

    /**
     * A link target without whitespace ({@code #anchor}, {@code SD-12}, a URL, a page) is markup; the
     * alias and the tip are prose. A bracket whose only part holds whitespace is prose too, which is
     * also how twitter-text reads {@code [#hashtag3 ]}.
     */
    private int bracket(int open) {
        if (open < linkTargetStart) {
            // Inside the alias of a link already read: same closing bracket, same target.
            return open + 1;
        }
        int close = bracketClose(open + 1);
        if (close < 0) {
            return open + 1;
        }
        int firstPipe = linkPipe(open + 1, close);
        if (firstPipe < 0) {
            return close > open + 1 && !linkSpace(open + 1, close) ? markup(open + 1, close) : open + 1;
        }
        int targetStart = firstPipe + 1;
        int secondPipe = linkPipe(targetStart, close);
        int targetEnd = secondPipe < 0 ? close : secondPipe;
        if (targetEnd > targetStart && !linkSpace(targetStart, targetEnd)) {
            linkTargetStart = targetStart;
            linkTargetEnd = targetEnd;
        }
        return open + 1;
    }

    private int pipe(int pipe) {
        return pipe + 1 == linkTargetStart ? markup(linkTargetStart, linkTargetEnd) : pipe + 1;
    }

    private int bracketClose(int from) {
        int stop = bracketClose.covers(from) ? bracketClose.stop : bracketClose.remember(from, findOnLine(from, ']', ']'));
        return stop < length && text.charAt(stop) == ']' ? stop : -1;
    }

    /** The first '|' in [from, close), or -1. */
    private int linkPipe(int from, int close) {
        int stop = linkPipe.covers(from) ? linkPipe.stop : linkPipe.remember(from, findOnLine(from, '|', ']'));
        return stop < close && text.charAt(stop) == '|' ? stop : -1;
    }

    /**
     * Whether [from, to) holds whitespace; {@code to} is the first '|' or ']' from {@code from}, so the
     * first whitespace, '|' or ']' lies before it exactly when there is whitespace.
     */
    private boolean linkSpace(int from, int to) {
        int stop = linkSpace.covers(from) ? linkSpace.stop : linkSpace.remember(from, findSpaceOrLinkEnd(from));
        return stop < to;
    }

    private int findSpaceOrLinkEnd(int from) {
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c) || c == '|' || c == ']') {
                return i;
            }
        }
        return length;
    }

    // ---- Markdown code ---------------------------------------------------------------------------------

    private int backticks(int open) {
        int runEnd = open + 1;
        while (runEnd < length && text.charAt(runEnd) == '`') {
            runEnd++;
        }
        int ticks = runEnd - open;
        if (ticks >= 3 && isLineStart(open)) {
            return markup(open, fenceEnd(runEnd, ticks));
        }
        if (ticks > MAX_INLINE_BACKTICKS) {
            return runEnd;
        }
        int close = inlineClose(runEnd, ticks);
        return close < 0 ? runEnd : markup(open, close + ticks);
    }

    /**
     * After the line that closes a fence (as many backticks or more, at most three spaces in) or, as
     * CommonMark has it, the end of the text when none does.
     */
    private int fenceEnd(int from, int ticks) {
        int line = nextLineStart(from);
        while (line < length) {
            int i = line;
            while (i < length && i - line < 3 && text.charAt(i) == ' ') {
                i++;
            }
            int run = i;
            while (run < length && text.charAt(run) == '`') {
                run++;
            }
            if (run - i >= ticks) {
                return run;
            }
            line = nextLineStart(run);
        }
        return length;
    }

    /**
     * The start of the next run of exactly {@code ticks} backticks on this line, or -1. CommonMark lets a
     * code span run on over line breaks within a paragraph; ending it at the line keeps a lone backtick
     * (an apostrophe typed on the wrong key) from swallowing hashtags further down.
     */
    private int inlineClose(int from, int ticks) {
        if (inlineFailedFrom[ticks] <= from && from <= inlineFailedUntil[ticks]) {
            return -1;
        }
        int i = from;
        while (i < length && !isLineBreak(text.charAt(i))) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (i < length && text.charAt(i) == '`') {
                i++;
            }
            if (i - run == ticks) {
                return run;
            }
        }
        inlineFailedFrom[ticks] = from;
        inlineFailedUntil[ticks] = i;
        return -1;
    }

    /** Whether only up to three spaces stand between the line start and {@code index}. */
    private boolean isLineStart(int index) {
        int i = index;
        while (i > 0 && index - i < 3 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || isLineBreak(text.charAt(i - 1));
    }

    private int nextLineStart(int from) {
        int i = from;
        while (i < length && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i < length ? i + 1 : length;
    }

    // ---- shared -----------------------------------------------------------------------------------------

    private int markup(int start, int end) {
        listener.markup(start, end);
        boundary = end;
        wordCheckedUpTo = end;
        wordHasDomainDot = false;
        wordHasHostPath = false;
        return end;
    }

    /** The first index from {@code from} holding {@code a} or {@code b} or a line break; the length if none. */
    private int findOnLine(int from, char a, char b) {
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == a || c == b || isLineBreak(c)) {
                return i;
            }
        }
        return length;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c >= 128 && (Character.isSpaceChar(c) || Character.isWhitespace(c));
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The answer to the last "where is the next stop from here?" search: every query from {@code from}
     * up to {@code stop} has the same answer, which is what makes a run of openers sharing one closer
     * (or one missing closer) cost O(1) each.
     */
    private static final class Lookahead {
        private int from = Integer.MAX_VALUE;
        private int stop;

        boolean covers(int query) {
            return from <= query && query <= stop;
        }

        int remember(int query, int foundStop) {
            from = query;
            stop = foundStop;
            return foundStop;
        }
    }
}
