package com.socialitsm.qa;

import java.util.Locale;
import java.util.Optional;

/** The orders a question listing offers. */
public enum QuestionSort {
    /** Newest first. */
    NEWEST,
    /** Highest score first, newest first among equals. */
    VOTES,
    /** Only questions without any answer yet, newest first. */
    UNANSWERED;

    /** The sort named {@code newest}, {@code votes} or {@code unanswered} (any case). */
    public static Optional<QuestionSort> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (QuestionSort sort : values()) {
            if (sort.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
