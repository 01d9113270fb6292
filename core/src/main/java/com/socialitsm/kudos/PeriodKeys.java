package com.socialitsm.kudos;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaderboard buckets a ledger row counts toward: its week, its month and its season, each for its project and
 * for all projects (project 0). A bucket is named {@code period:start:project}, e.g. {@code week:19885:10001}
 * (start = epoch day of the Monday, UTC), {@code month:19875:0} (epoch day of the 1st), {@code all:0:0} (season start
 * in epoch seconds).
 */
final class PeriodKeys {
    /** The periods a ledger row counts toward; LAST_WEEK reads the WEEK bucket of a week earlier. */
    private static final List<Period> BUCKETS = List.of(Period.WEEK, Period.MONTH, Period.ALL);
    private static final long WEEK_MILLIS = 7L * 24 * 60 * 60 * 1000;

    private PeriodKeys() {
    }

    static String key(Period period, long epochMillis, Seasons seasons, long projectId) {
        return switch (period) {
            case WEEK -> "week:" + day(epochMillis).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .toEpochDay() + ":" + projectId;
            case MONTH -> "month:" + day(epochMillis).withDayOfMonth(1).toEpochDay() + ":" + projectId;
            case ALL -> "all:" + seasons.seasonOf(epochMillis) + ":" + projectId;
            case LAST_WEEK -> key(Period.WEEK, epochMillis - WEEK_MILLIS, seasons, projectId);
        };
    }

    /** Every bucket a row earned at this moment in this project (0 = none) counts toward. */
    static List<String> keysOf(long epochMillis, long projectId, Seasons seasons) {
        List<String> keys = new ArrayList<>(6);
        for (Period period : BUCKETS) {
            keys.add(key(period, epochMillis, seasons, 0));
            if (projectId != 0) {
                keys.add(key(period, epochMillis, seasons, projectId));
            }
        }
        return keys;
    }

    static String totalKey(String periodKey, String userKey) {
        return periodKey + "|" + userKey;
    }

    private static LocalDate day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }
}
