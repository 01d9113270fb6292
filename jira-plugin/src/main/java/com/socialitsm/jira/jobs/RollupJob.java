package com.socialitsm.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import com.socialitsm.app.SocialApp;

/**
 * The cluster-wide rollup: adds new points-ledger rows to the leaderboard totals ({@code LeaderboardRollup.rollUp()})
 * and new tag count changes to the tag counts ({@code TagCountRollup.rollUp()}), each in batches of their own
 * transactions, each claimed first, so a firing that overlaps another node's, or is cut short, is safe.
 */
final class RollupJob implements JobRunner {
    private final SocialApp app;

    RollupJob(SocialApp app) {
        this.app = app;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int ledgerRows = app.kudos().rollup().rollUp();
            int tagCountRows = app.hashtags().countRollup().rollUp();
            return JobRunnerResponse.success("Rolled up " + ledgerRows + " ledger rows and " + tagCountRows
                    + " tag count changes");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
