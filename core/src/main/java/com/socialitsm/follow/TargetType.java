package com.socialitsm.follow;

import java.util.Locale;
import java.util.Optional;

/** What can be followed. The code is the type's name in REST paths and in stored targets ("issue:10001"). */
public enum TargetType {
    ISSUE, HASHTAG, USER, PROJECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
