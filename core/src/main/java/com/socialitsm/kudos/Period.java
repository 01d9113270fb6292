package com.socialitsm.kudos;

import java.util.Locale;
import java.util.Optional;

/** A leaderboard period. Weeks start on Monday and months on the 1st, in UTC; "all" is the current season. */
public enum Period {
    WEEK, MONTH, ALL;

    /** The REST spelling: week, month, all. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Period period : values()) {
            if (period.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
