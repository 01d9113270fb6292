// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler;

/** The code a scheduled job runs (a @PublicSpi of atlassian-scheduler). */
public interface JobRunner {
    /** May return null for "succeeded, nothing to say". */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
