// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V] the static factories, getters and Type; the stand-in's implementation is simplified (no Guava)
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

public final class Schedule {
    public enum Type {
        CRON_EXPRESSION, INTERVAL
    }

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo, CronScheduleInfo cronScheduleInfo) {
        this.type = Objects.requireNonNull(type, "type");
        this.intervalScheduleInfo = intervalScheduleInfo;
        this.cronScheduleInfo = cronScheduleInfo;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    /** Every {@code intervalInMillis}, first at {@code firstRunTime} (null: as soon as possible). */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && type == other.type
                && Objects.equals(intervalScheduleInfo, other.intervalScheduleInfo)
                && Objects.equals(cronScheduleInfo, other.cronScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo, cronScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ",intervalScheduleInfo=" + intervalScheduleInfo + ",cronScheduleInfo="
                + cronScheduleInfo + ']';
    }
}
