package com.socialitsm.follow;

import java.util.Locale;
import java.util.Optional;

/** What can be followed. The code is the type's name in REST paths and in stored targets ("issue:10001"). */
public enum TargetType {
    ISSUE, HASHTAG, USER, PROJECT,
    /** An idea on a project's board: followed by taking part in it (submitting, voting, commenting). */
    IDEA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * How closely a follow of this type explains why an item reached someone, lower is closer: an issue followed
     * directly explains it better than a person, a hashtag or the project does.
     */
    public int closeness() {
        return switch (this) {
            case ISSUE, IDEA -> 0;
            case USER -> 1;
            case HASHTAG -> 2;
            case PROJECT -> 3;
        };
    }

    /** The type for a code such as {@code "hashtag"}, or empty when there is none. */
    public static Optional<TargetType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (TargetType type : values()) {
            if (type.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
