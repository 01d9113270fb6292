package com.socialitsm.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of question titles, for the title search and for similar-question suggestions (the LIKE patterns that
 * find them come from {@link com.socialitsm.store.Criteria}).
 */
final class TitleWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_SIGNIFICANT = 3;
    /** The shortest length at which a word and its extension count as the same word (connect ~ connection). */
    private static final int MIN_STEM = 4;
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "how", "what", "why", "when", "where", "who", "can", "cannot", "not", "does",
            "doesn", "don", "from", "this", "that", "after", "before", "have", "has", "are", "was", "were", "there",
            "into", "about", "any", "our", "your", "you", "get", "getting", "should", "would", "could", "will",
            "der", "die", "das", "und", "mit", "wie", "ich", "nicht", "ein", "eine", "einen", "kann", "bei", "von",
            "für", "auf", "ist", "sind", "wir", "warum", "wenn", "nach", "vor", "den", "dem", "des", "oder");

    private TitleWords() {
    }

    /** The lower-cased form stored in SEARCH_TEXT and compared against. */
    static String searchText(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.length() <= 255 ? lower : lower.substring(0, 255);
    }

    /** The words a search for {@code query} requires, lower-cased, at most {@code max}; split on white space only. */
    static List<String> searchTerms(String query, int max) {
        List<String> terms = new ArrayList<>();
        for (String term : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!term.isEmpty() && terms.size() < max && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The distinct significant words of a title: letters and digits, at least 3 long, no stop words. */
    static Set<String> significant(String title) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() >= MIN_SIGNIFICANT && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * How alike two titles' word sets are: shared words over all words (Jaccard), where a word matches another that
     * it starts (of 4 letters or more) so that "connect" meets "connection". 0 when nothing is shared.
     */
    static double overlap(Set<String> typed, Set<String> other) {
        if (typed.isEmpty() || other.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : typed) {
            for (String candidate : other) {
                if (sameWord(word, candidate)) {
                    shared++;
                    break;
                }
            }
        }
        return shared == 0 ? 0 : (double) shared / (typed.size() + other.size() - shared);
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_STEM && longer.startsWith(shorter);
    }

}
