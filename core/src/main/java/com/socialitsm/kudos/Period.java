package com.socialitsm.kudos;

import java.util.Locale;
import java.util.Optional;

/**
 * A leaderboard period. Weeks start on Monday and months on the 1st, in UTC; "all" is the current season. LAST_WEEK is
 * the week before this one: what the board shows, with a label, while nobody has points this week yet (on Monday at
 * 00:00 the week starts empty); it is read, never a bucket of its own ({@link PeriodKeys#keysOf}).
 */
public enum Period {
    WEEK, MONTH, ALL, LAST_WEEK;

    /** The REST spelling: week, month, all, last_week. */
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
