package com.socialitsm.jira.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;

import com.socialitsm.activity.FeedPruner;
import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.hashtag.TagCountRollup;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.kudos.LeaderboardRollup;

class SocialJobsTest {
    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final JobRunnerKey ROLLUP = JobRunnerKey.of("com.socialitsm.social-itsm:leaderboard-rollup");
    private static final JobRunnerKey PRUNING = JobRunnerKey.of("com.socialitsm.social-itsm:feed-pruning");
    private static final JobRunnerKey SPIKES = JobRunnerKey.of("com.socialitsm.social-itsm:spike-alerts");
    private static final JobRunnerKey LISTENING = JobRunnerKey.of("com.socialitsm.social-itsm:listening-cleanup");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SocialApp app = mock(SocialApp.class);
    private final SocialJobs jobs = new SocialJobs(scheduler, app, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void startingRegistersBothRunnersAndSchedulesEachJobOncePerClusterAtItsInterval() throws Exception {
        jobs.register();

        verify(scheduler).registerJobRunner(eq(ROLLUP), any(RollupJob.class));
        verify(scheduler).registerJobRunner(eq(PRUNING), any(FeedPruningJob.class));
        verify(scheduler).registerJobRunner(eq(SPIKES), any(SpikeAlertJob.class));
        verify(scheduler).scheduleJob(JobId.of(SPIKES.toString()), JobConfig.forJobRunnerKey(SPIKES)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(300_000, Date.from(NOW.plusSeconds(300)))));
        verify(scheduler).scheduleJob(JobId.of(ROLLUP.toString()), JobConfig.forJobRunnerKey(ROLLUP)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(60_000, Date.from(NOW.plusSeconds(60)))));
        verify(scheduler).scheduleJob(JobId.of(PRUNING.toString()), JobConfig.forJobRunnerKey(PRUNING)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(3_600_000, Date.from(NOW.plusSeconds(3600)))));
    }

    @Test
    void aJobTheClusterAlreadyHasAsWantedIsNotRescheduledButOneWithAnotherScheduleIs() throws Exception {
        JobDetails rollup = details(RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(60_000, null));
        JobDetails oldPruning = details(RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(86_400_000, null));
        when(scheduler.getJobDetails(JobId.of(ROLLUP.toString()))).thenReturn(rollup);
        when(scheduler.getJobDetails(JobId.of(PRUNING.toString()))).thenReturn(oldPruning);

        jobs.register();

        verify(scheduler, never()).scheduleJob(eq(JobId.of(ROLLUP.toString())), any());
        verify(scheduler, times(1)).scheduleJob(eq(JobId.of(PRUNING.toString())), any());
        verify(scheduler, times(4)).registerJobRunner(any(), any());
    }

    @Test
    void aJobThatCannotBeScheduledDoesNotStopTheOthersOrTheApp() throws Exception {
        doThrow(new SchedulerServiceException("database down")).when(scheduler)
                .scheduleJob(eq(JobId.of(ROLLUP.toString())), any());

        jobs.register();

        verify(scheduler).scheduleJob(eq(JobId.of(PRUNING.toString())), any());
    }

    @Test
    void stoppingUnregistersTheRunnersOnlyAndLeavesTheClustersSchedules() {
        jobs.unregister();

        verify(scheduler).unregisterJobRunner(ROLLUP);
        verify(scheduler).unregisterJobRunner(PRUNING);
        verify(scheduler).unregisterJobRunner(SPIKES);
        verify(scheduler).unregisterJobRunner(LISTENING);
        verifyNoMoreInteractions(scheduler);
    }

    @Test
    void theListeningCleanupRunnerDropsOldExcerptsAndChatterHourlyOncePerCluster() throws Exception {
        com.socialitsm.listening.ListeningService listening = mock(com.socialitsm.listening.ListeningService.class);
        when(app.listening()).thenReturn(listening);
        when(listening.dropOld()).thenReturn(new com.socialitsm.listening.ListeningService.Cleanup(3, 9))
                .thenThrow(new IllegalStateException("lost connection"));
        JobRunner runner = runner(LISTENING);
        verify(scheduler).scheduleJob(JobId.of(LISTENING.toString()), JobConfig.forJobRunnerKey(LISTENING)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(3_600_000, Date.from(NOW.plusSeconds(3600)))));

        assertThat(runner.runJob(mock(JobRunnerRequest.class)).getMessage()).contains("3 chat excerpts")
                .contains("9 chatter counts");
        assertThat(runner.runJob(mock(JobRunnerRequest.class)).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void theRollupRunnerRollsUpTheLeaderboardsAndTheTagCountsAndReportsFailuresAsFailedRuns() {
        KudosService kudos = mock(KudosService.class);
        LeaderboardRollup rollup = mock(LeaderboardRollup.class);
        when(app.kudos()).thenReturn(kudos);
        when(kudos.rollup()).thenReturn(rollup);
        when(rollup.rollUp()).thenReturn(42).thenThrow(new IllegalStateException("lost connection"));
        HashtagService hashtags = mock(HashtagService.class);
        TagCountRollup countRollup = mock(TagCountRollup.class);
        when(app.hashtags()).thenReturn(hashtags);
        when(hashtags.countRollup()).thenReturn(countRollup);
        when(countRollup.rollUp()).thenReturn(7);
        JobRunner runner = runner(ROLLUP);

        assertThat(runner.runJob(mock(JobRunnerRequest.class)).getMessage()).contains("42").contains("7");
        assertThat(runner.runJob(mock(JobRunnerRequest.class)).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void thePruningRunnerKeepsTheDefaultNumberOfItemsPerFeed() {
        FeedPruner pruner = mock(FeedPruner.class);
        when(app.feedPruner()).thenReturn(pruner);
        when(pruner.pruneAll(FeedPruner.DEFAULT_KEEP_PER_USER))
                .thenReturn(new FeedPruner.PruneResult(7, 300, Optional.empty()));

        var response = runner(PRUNING).runJob(mock(JobRunnerRequest.class));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).contains("7").contains("300");
    }

    private JobRunner runner(JobRunnerKey key) {
        jobs.register();
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler).registerJobRunner(eq(key), runner.capture());
        return runner.getValue();
    }

    private static JobDetails details(RunMode mode, Schedule schedule) {
        JobDetails details = mock(JobDetails.class);
        when(details.getRunMode()).thenReturn(mode);
        when(details.getSchedule()).thenReturn(schedule);
        return details;
    }
}
