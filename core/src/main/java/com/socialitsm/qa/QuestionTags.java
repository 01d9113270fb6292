package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.store.Criteria;
import com.socialitsm.tag.HashtagExtractor;


/**
 * A question's hashtags: those the asker chose plus those written in its title and body, stored in one column as
 * {@code " vpn outage "} (a space before and after each) so that one {@code LIKE '% vpn %'} finds a tag. Tags are
 * read and normalized by the app's one hashtag grammar ({@link HashtagExtractor}).
 */
final class QuestionTags {
    static final int MAX_CHOSEN = 10;
    /** The HASHTAGS column's length. */
    private static final int COLUMN_LENGTH = 450;

    /** Stateless and thread-safe: one serves every question. */
    private static final HashtagExtractor EXTRACTOR = new HashtagExtractor();

    private QuestionTags() {
    }

    /** The normalized form of a tag someone chose ({@code #VPN} → {@code vpn}), or empty if it is not a tag. */
    static Optional<String> normalize(String tag) {
        return HashtagExtractor.normalizeTag(tag);
    }

    /** The normalized tags written in the text, in order of first appearance. */
    static List<String> extract(CharSequence text) {
        return EXTRACTOR.extractTags(text);
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
        return "% " + Criteria.escapeLike(tag) + " %";
    }
}
