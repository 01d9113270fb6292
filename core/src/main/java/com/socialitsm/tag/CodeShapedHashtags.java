package com.socialitsm.tag;

/**
 * The Jira-text rules for hashtags that are code: a hashtag of twitter-text's grammar, outside markup, that has the
 * shape in which issue text uses a sign for code, configuration or an identifier (attribute values, method
 * references, {@code #KEY=} keys, hex ids and colours, preprocessor directives, commented-out exports).
 * {@link JiraTextScanner} asks {@link #isCodeShaped} for each sign that passed the grammar and reports a yes as
 * markup. Every rule looks only at the text around one run, so the rules keep no state of the scan.
 */
final class CodeShapedHashtags {
    private final String text;
    private final int length;

    CodeShapedHashtags(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Whether a hashtag of the grammar has one of the shapes in which issue text uses a sign for code,
     * configuration or an identifier. Measured over the Apache Jira sample (HashtagFalsePositiveReport),
     * these were most of what twitter-text's grammar finds outside markup there. Each shape is reported as
     * markup, so the differential test leaves it out of its comparison with twitter-text.
     *
     * <p>All rules look at the run and at most a line's indentation before it; they run only for the
     * rare sign that passed the grammar, so the scan stays linear and as fast.
     */
    boolean isCodeShaped(int sign, int end) {
        return isAssignedValue(sign)
                || isCallOrAssignmentTarget(end)
                || isHexId(sign + 1, end)
                || isPreprocessorDirective(sign, end)
                || isCommentedOutExport(sign, end);
    }

    /**
     * {@code dataSource="#mysql-ds"}, {@code href='#top'}, {@code bgcolor=#fff}: the value of an XML or
     * HTML attribute or of an assignment is a bean reference, an anchor or a colour. twitter-text reads
     * {@code =} and quotes as punctuation, but no one tags a post by gluing the tag to an equals sign.
     */
    private boolean isAssignedValue(int sign) {
        if (sign == 0) {
            return false;
        }
        char before = text.charAt(sign - 1);
        return before == '='
                || (before == '"' || before == '\'') && sign > 1 && text.charAt(sign - 2) == '=';
    }

    /**
     * {@code #close()}, {@code Foo#bar(x)}, {@code #KEY=value}, {@code #containers=7}: a name glued to an
     * opening parenthesis is a method reference or call (Javadoc's {@code #method()} style), and a name
     * glued to an equals sign is the key of a commented-out setting or a count. A hashtag in prose is
     * followed by a space or punctuation; {@code #vpn (again)} and {@code #vpn: down} stay hashtags.
     */
    private boolean isCallOrAssignmentTarget(int end) {
        if (end == length) {
            return false;
        }
        char after = text.charAt(end);
        return after == '(' || after == '=';
    }

    /**
     * Commit ids ({@code #f04ae77015c}, 7 to 40 hex digits, as git abbreviates them) and colours
     * ({@code #d04437}, {@code #ff0000ff}): a run of ASCII hex characters of length 6 to 40 with at least
     * one digit. The grammar already refuses a run of digits only; a run of hex letters only is a word
     * ({@code #cafe}, {@code #defaced}) and stays a hashtag. Three-character colours ({@code #0f0}) are
     * left alone on purpose: they share their shape with service-desk tags people do write, such as
     * {@code #b2b}, {@code #e2e} and {@code #2fa}.
     */
    private boolean isHexId(int body, int end) {
        int runLength = end - body;
        if (runLength < 6 || runLength > 40) {
            return false;
        }
        boolean digit = false;
        for (int i = body; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c | 0x20) < 'a' || (c | 0x20) > 'f') {
                return false;
            }
        }
        return digit;
    }

    /**
     * {@code #include <stdio.h>}, {@code #ifndef X}, {@code #endif}, {@code #pragma once}: a C, C#
     * or Objective-C preprocessor directive (lower case, as compilers require) that opens its line,
     * after indentation or the {@code +}/{@code -} of a diff line. Only there: mid-line,
     * {@code we #include it} stays a hashtag, and so does any other word at a line start
     * ({@code #vpn is down}). The price: a line that starts with {@code #error} or {@code #import} as
     * a tag loses it.
     *
     * <p>A shebang ({@code #!/bin/bash}) needs no rule: {@code !} is no hashtag character.
     */
    private boolean isPreprocessorDirective(int sign, int end) {
        if (end - sign > "endregion".length() + 1 || !opensLine(sign)) {
            return false;
        }
        switch (text.substring(sign + 1, end)) {
            case "include":
            case "define":
            case "undef":
            case "if":
            case "ifdef":
            case "ifndef":
            case "else":
            case "elif":
            case "endif":
            case "error":
            case "pragma":
            case "import":
            case "region":
            case "endregion":
                return true;
            default:
                return false;
        }
    }

    /**
     * {@code #export JAVA_HOME=/opt/java}: a commented-out line of a shell script or an env file, at the
     * start of its line as a directive is. The name glued to {@code =} is what makes it crisp;
     * {@code #export is broken} stays a hashtag. (A commented-out {@code #KEY=value} needs no rule here:
     * {@link #isCallOrAssignmentTarget} takes any name glued to {@code =}.)
     */
    private boolean isCommentedOutExport(int sign, int end) {
        if (!text.startsWith("export ", sign + 1) || end != sign + 1 + "export".length() || !opensLine(sign)) {
            return false;
        }
        int name = end + 1;
        int i = name;
        while (i < length && (JiraTextScanner.isAsciiLetter(text.charAt(i)) || text.charAt(i) == '_'
                || i > name && text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
            i++;
        }
        return i > name && i < length && text.charAt(i) == '=';
    }

    /** Whether only spaces, tabs and one diff marker ({@code +} or {@code -}) stand before {@code index} on its line. */
    private boolean opensLine(int index) {
        int i = index;
        if (i > 0 && (text.charAt(i - 1) == '+' || text.charAt(i - 1) == '-')) {
            i--;
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || JiraTextScanner.isLineBreak(text.charAt(i - 1));
    }
}
