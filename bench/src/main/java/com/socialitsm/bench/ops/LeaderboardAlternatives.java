package com.socialitsm.bench.ops;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;

/**
 * A leaderboard's top ten two ways in plain SQL: from the rolled-up totals (one index range scan on PERIOD_KEY,
 * POINTS) and by summing the ledger over the period (GROUP BY over every ledger row of the period: the
 * straightforward query, which Active Objects could not even express portably). Same answer, different cost.
 */
final class LeaderboardAlternatives {
    enum Period { WEEK, MONTH, ALL }

    private final Sql sql;

    LeaderboardAlternatives(Sql sql) {
        this.sql = sql;
    }

    List<Object[]> fromTotals(Period period, long projectId, long nowMillis, int limit) {
        return sql.pairs("SELECT \"USER_KEY\", \"POINTS\" FROM " + sql.table(PointsTotalEntity.class)
                + " WHERE \"PERIOD_KEY\" = ? ORDER BY \"POINTS\" DESC, \"USER_KEY\" ASC LIMIT " + limit,
                periodKey(period, nowMillis, projectId));
    }

    List<Object[]> fromLedger(Period period, long projectId, long nowMillis, int limit) {
        long from = periodStart(period, nowMillis);
        String where = "\"CREATED_AT\" >= ?" + (projectId == 0 ? "" : " AND \"PROJECT_ID\" = ?");
        Object[] params = projectId == 0 ? new Object[] {from} : new Object[] {from, projectId};
        return sql.pairs("SELECT \"USER_KEY\", sum(\"POINTS\") AS p FROM " + sql.table(PointsEntryEntity.class)
                + " WHERE " + where + " GROUP BY \"USER_KEY\" HAVING sum(\"POINTS\") > 0"
                + " ORDER BY p DESC, \"USER_KEY\" ASC LIMIT " + limit, params);
    }

    /** The rollup's bucket name (kudos PeriodKeys): week of the Monday, month of the 1st, season 0, in UTC. */
    static String periodKey(Period period, long nowMillis, long projectId) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC);
        return switch (period) {
            case WEEK -> "week:" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay() + ":"
                    + projectId;
            case MONTH -> "month:" + day.withDayOfMonth(1).toEpochDay() + ":" + projectId;
            case ALL -> "all:0:" + projectId;
        };
    }

    static long periodStart(Period period, long nowMillis) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC);
        LocalDate start = switch (period) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case ALL -> LocalDate.EPOCH;
        };
        return start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
