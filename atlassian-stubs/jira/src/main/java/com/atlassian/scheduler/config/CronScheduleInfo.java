// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V] class, package-private constructor and the two getters
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/CronScheduleInfo.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    /** Nullable: the system's default time zone. */
    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronScheduleInfo other && cronExpression.equals(other.cronExpression)
                && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone=" + timeZone + ']';
    }
}
