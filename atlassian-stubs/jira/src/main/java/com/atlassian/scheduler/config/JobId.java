// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V]
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && other.id.equals(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
