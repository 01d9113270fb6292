package com.socialitsm.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the user names a text mentions: Jira's wiki mention {@code [~alice]} and the social network's {@code @alice}.
 * Code and noformat blocks, monospace, Markdown code and URLs are skipped by the same scan that keeps hashtags out
 * of them ({@link JiraTextScanner}). An {@code @} right after a letter, digit or one of {@code . _ - +} is part of a
 * word (an e-mail address such as {@code bob@example.com}), not a mention; a trailing dot, hyphen or underscore ends
 * the sentence, not the name ({@code "thanks @alice."}). Names are returned as written, each once, in text order, at
 * most {@link #MAX_MENTIONS}: whether a name is a user is for the host to say.
 */
public final class Mentions {
    /** A text mentioning more people than this mentions the first ones only: it is a list, not a conversation. */
    public static final int MAX_MENTIONS = 20;
    /** Jira user names are at most 255 characters. */
    static final int MAX_NAME_LENGTH = 255;

    private Mentions() {
    }

    /** The names mentioned in the text, each once, in text order. */
    public static List<String> names(CharSequence text) {
        String string = Objects.requireNonNull(text, "text").toString();
        if (string.indexOf('@') < 0 && string.indexOf("[~") < 0) {
            return List.of();
        }
        List<int[]> markup = new ArrayList<>();
        JiraTextScanner.scan(string, new JiraTextScanner.Listener() {
            @Override
            public void hashtag(int start, int end) {
            }

            @Override
            public void markup(int start, int end) {
                markup.add(new int[] {start, end});
            }
        });
        Set<String> names = new LinkedHashSet<>();
        int region = 0;
        int i = 0;
        while (i < string.length() && names.size() < MAX_MENTIONS) {
            while (region < markup.size() && markup.get(region)[1] <= i) {
                region++;
            }
            if (region < markup.size() && markup.get(region)[0] <= i && !isWikiMention(string, i)) {
                i = markup.get(region)[1];
                continue;
            }
            char c = string.charAt(i);
            if (c == '[' && isWikiMention(string, i)) {
                int close = string.indexOf(']', i + 2);
                String name = string.substring(i + 2, close).strip();
                if (!name.isEmpty() && name.length() <= MAX_NAME_LENGTH) {
                    names.add(name);
                }
                i = close + 1;
            } else if (c == '@' && (i == 0 || !isWordBefore(string.charAt(i - 1)))) {
                int end = i + 1;
                while (end < string.length() && isNameChar(string.charAt(end))) {
                    end++;
                }
                while (end > i + 1 && isTrailingPunctuation(string.charAt(end - 1))) {
                    end--;
                }
                if (end > i + 1 && end - i - 1 <= MAX_NAME_LENGTH) {
                    names.add(string.substring(i + 1, end));
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return List.copyOf(names);
    }

    /** {@code [~name]} on one line, at position {@code i}. */
    private static boolean isWikiMention(String text, int i) {
        if (!text.startsWith("[~", i)) {
            return false;
        }
        int close = text.indexOf(']', i + 2);
        if (close < 0 || close - i - 2 > MAX_NAME_LENGTH) {
            return false;
        }
        for (int j = i + 2; j < close; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r' || c == '[' || c == '|') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordBefore(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '@';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == '_' || c == '-';
    }
}
