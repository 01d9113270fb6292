package com.socialitsm.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import com.socialitsm.app.SocialApp;
import com.socialitsm.listening.ListeningService;

/** Deletes the listening post's excerpts older than 30 days and its chatter counts older than 40. */
final class ListeningCleanupJob implements JobRunner {
    private final SocialApp app;

    ListeningCleanupJob(SocialApp app) {
        this.app = app;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ListeningService.Cleanup result = app.listening().dropOld();
            return JobRunnerResponse.success("Deleted " + result.excerptsDeleted() + " chat excerpts and "
                    + result.mentionsDeleted() + " chatter counts");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
