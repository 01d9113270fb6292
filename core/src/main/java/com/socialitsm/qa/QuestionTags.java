package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's hashtags: those the asker chose plus those written in its title and body, stored in one column as
 * {@code " vpn outage "} (a space before and after each) so that one {@code LIKE '% vpn %'} finds a tag.
 */
final class QuestionTags {
    static final int MAX_CHOSEN = 10;
    /** The HASHTAGS column's length. */
    private static final int COLUMN_LENGTH = 450;

    // FALLBACK until com.socialitsm.hashtag.HashtagExtractor is on main: a plain approximation of the hashtag
    // grammar. Delete both patterns and use the extractor in extract() and normalize() after the merge.
    private static final Pattern FALLBACK_HASHTAG =
            Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]{0,63})");
    private static final Pattern FALLBACK_TAG = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]{0,63}");

    private QuestionTags() {
    }

    /** The normalized form of a tag someone chose ({@code #VPN} → {@code vpn}), or empty if it is not a tag. */
    static Optional<String> normalize(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String bare = tag.strip();
        if (bare.startsWith("#")) {
            bare = bare.substring(1);
        }
        if (!FALLBACK_TAG.matcher(bare).matches() || bare.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(bare.toLowerCase(Locale.ROOT));
    }

    /** The normalized tags written in the text, in order of first appearance. */
    static List<String> extract(CharSequence text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = FALLBACK_HASHTAG.matcher(text);
        while (matcher.find()) {
            normalize(matcher.group(1)).ifPresent(tags::add);
        }
        return List.copyOf(tags);
    }

    /** Chosen tags first, then extracted ones, without duplicates, as many as fit the column. */
    static List<String> combine(List<String> chosen, List<String> extracted) {
        Set<String> all = new LinkedHashSet<>(chosen);
        all.addAll(extracted);
        List<String> kept = new ArrayList<>();
        int length = 1;
        for (String tag : all) {
            if (length + tag.length() + 1 > COLUMN_LENGTH) {
                break;
            }
            kept.add(tag);
            length += tag.length() + 1;
        }
        return kept;
    }

    static String toColumn(List<String> tags) {
        return tags.isEmpty() ? " " : " " + String.join(" ", tags) + " ";
    }

    static List<String> fromColumn(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return List.of(column.trim().split(" +"));
    }

    /** The LIKE pattern that finds this (normalized) tag in the column, for {@code LIKE ? ESCAPE '!'}. */
    static String columnPattern(String tag) {
        return "% " + TitleWords.escapeLike(tag) + " %";
    }
}
