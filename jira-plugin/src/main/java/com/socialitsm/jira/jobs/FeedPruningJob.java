package com.socialitsm.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import com.socialitsm.activity.FeedPruner;
import com.socialitsm.app.SocialApp;

/** Keeps each user's feed to the newest {@link FeedPruner#DEFAULT_KEEP_PER_USER} items; resumable, user by user. */
final class FeedPruningJob implements JobRunner {
    private final SocialApp app;

    FeedPruningJob(SocialApp app) {
        this.app = app;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            FeedPruner.PruneResult result = app.feedPruner().pruneAll(FeedPruner.DEFAULT_KEEP_PER_USER);
            return JobRunnerResponse.success("Visited " + result.usersVisited() + " feeds, deleted "
                    + result.itemsDeleted() + " items");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
