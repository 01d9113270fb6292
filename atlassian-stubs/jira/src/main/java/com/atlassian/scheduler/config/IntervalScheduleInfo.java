// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V] class, package-private constructor and the two getters; the stand-in's implementation is simplified (no Guava)
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/IntervalScheduleInfo.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    /** Nullable. */
    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalScheduleInfo other && intervalInMillis == other.intervalInMillis
                && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + firstRunTime + ",intervalInMillis=" + intervalInMillis + ']';
    }
}
