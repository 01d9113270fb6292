package com.socialitsm.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import com.socialitsm.app.SocialApp;

/**
 * Adds new points-ledger rows to the leaderboard totals ({@code LeaderboardRollup.rollUp()}): in batches of their own
 * transactions, each claimed first, so a firing that overlaps another node's, or is cut short, is safe.
 */
final class LeaderboardRollupJob implements JobRunner {
    private final SocialApp app;

    LeaderboardRollupJob(SocialApp app) {
        this.app = app;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int rows = app.kudos().rollup().rollUp();
            return JobRunnerResponse.success("Rolled up " + rows + " ledger rows");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
