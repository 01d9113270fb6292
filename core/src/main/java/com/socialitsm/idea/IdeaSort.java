package com.socialitsm.idea;

import java.util.Locale;
import java.util.Optional;

/** The orders of a board: most votes, most votes in the last seven days, newest. */
public enum IdeaSort {
    VOTES, TRENDING, NEWEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdeaSort> ofCode(String code) {
        for (IdeaSort sort : values()) {
            if (code != null && sort.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
