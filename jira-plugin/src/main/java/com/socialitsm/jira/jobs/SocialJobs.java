package com.socialitsm.jira.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;

import com.socialitsm.app.SocialApp;
import com.socialitsm.jira.PluginKeys;

/**
 * The app's cluster-wide jobs on Atlassian Scheduler: the leaderboard roll-up every minute, feed pruning and the
 * listening post's cleanup (excerpts after 30 days, chatter after 40) every hour and spike alerts every 5 minutes,
 * each {@link RunMode#RUN_ONCE_PER_CLUSTER} so that one node runs each firing. Every node registers the job
 * runners when the app starts ({@link #register}); the schedule itself is stored by the scheduler for the cluster and
 * is (re)written only when missing or different. When the app stops, the runners are unregistered but the jobs stay
 * scheduled: unscheduling would remove them for every node, including those still running the app.
 */
@Named
public final class SocialJobs {
    private static final Logger LOG = LoggerFactory.getLogger(SocialJobs.class);

    /** One job: its runner key, job id, how often it runs and what it runs. */
    record Job(JobRunnerKey runnerKey, JobId jobId, Duration interval, JobRunner runner) {
    }

    private final SchedulerService scheduler;
    private final Clock clock;
    private final List<Job> jobs;

    @Inject
    public SocialJobs(SchedulerService scheduler, SocialApp app, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.jobs = List.of(
                job("leaderboard-rollup", Duration.ofMinutes(1), new RollupJob(app)),
                job("feed-pruning", Duration.ofHours(1), new FeedPruningJob(app)),
                job("spike-alerts", Duration.ofMinutes(5), new SpikeAlertJob(app)),
                job("listening-cleanup", Duration.ofHours(1), new ListeningCleanupJob(app)));
    }

    private static Job job(String name, Duration interval, JobRunner runner) {
        String key = PluginKeys.PLUGIN_KEY + ":" + name;
        return new Job(JobRunnerKey.of(key), JobId.of(key), interval, runner);
    }

    /** Registers every runner on this node and schedules each job the cluster does not have yet (or has changed). */
    public void register() {
        for (Job job : jobs) {
            scheduler.registerJobRunner(job.runnerKey(), job.runner());
            JobConfig wanted = JobConfig.forJobRunnerKey(job.runnerKey())
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(job.interval().toMillis(),
                            Date.from(clock.instant().plus(job.interval()))));
            JobDetails existing = scheduler.getJobDetails(job.jobId());
            if (existing != null && existing.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER
                    && existing.getSchedule().getIntervalScheduleInfo() != null
                    && existing.getSchedule().getIntervalScheduleInfo().getIntervalInMillis()
                    == job.interval().toMillis()) {
                continue;
            }
            try {
                scheduler.scheduleJob(job.jobId(), wanted);
            } catch (SchedulerServiceException e) {
                // The runner is registered; the app works without the job, leaderboards read the ledger's tail.
                LOG.error("Could not schedule the {} job", job.jobId(), e);
            }
        }
    }

    /** Unregisters this node's runners; the cluster's schedules stay. */
    public void unregister() {
        for (Job job : jobs) {
            scheduler.unregisterJobRunner(job.runnerKey());
        }
    }

    List<Job> jobs() {
        return jobs;
    }
}
