package com.socialitsm.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A feature an administrator can switch off for a project. {@link #id()} is the name the REST API and the stored
 * settings use. {@code FOLLOWS} covers following and the activity a project's issues record for feeds.
 */
public enum Feature {
    HASHTAGS, FOLLOWS, VOTES, KUDOS, QA;

    /** {@code hashtags}, {@code follows}, {@code votes}, {@code kudos}, {@code qa}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Feature> byId(String id) {
        return Arrays.stream(values()).filter(feature -> feature.id().equals(id)).findFirst();
    }
}
