// Source: decompiled atlassian-scheduler API (CFR 0.152; a public decompiled copy found via code search, the same bundle Jira 10 exports as com.atlassian.scheduler); usage as in jira-api-facts.md §10 (atlascommunity/jira-plugins-groovy OldExecutionDeletionScheduler)
// Confidence: [V] every method and its signature; [C] registerJobRunner, unregisterJobRunner, getJobDetails, scheduleJob
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler;

import java.util.Date;
import java.util.List;
import java.util.Set;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    Set<JobRunnerKey> getRegisteredJobRunnerKeys();

    Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs();

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    /** Nullable. */
    Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException;

    /** The job's details, or null when no job has this id. */
    JobDetails getJobDetails(JobId jobId);

    List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey jobRunnerKey);

    List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> jobRunnerKeys);
}
