package com.socialitsm.activity;

import java.util.Optional;

/**
 * The question or answer a Q&amp;A activity is about, read from its source key ({@code qa:<verb>:q:<id>} or
 * {@code qa:<verb>:a:<id>}, written by the qa package), so that a feed item can lead to its question.
 *
 * @param answer true for an answer (whose question the caller looks up), false for a question
 * @param id     the question's or the answer's id
 */
public record QaPostRef(boolean answer, long id) {
    /** The prefix of every Q&amp;A activity's source key. */
    public static final String SOURCE_PREFIX = "qa:";

    /** The post of a source key, or empty for an activity that is not about a Q&amp;A post. */
    public static Optional<QaPostRef> ofSourceKey(String sourceKey) {
        if (sourceKey == null || !sourceKey.startsWith(SOURCE_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = sourceKey.split(":");
        if (parts.length != 4 || !("q".equals(parts[2]) || "a".equals(parts[2]))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QaPostRef("a".equals(parts[2]), Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
