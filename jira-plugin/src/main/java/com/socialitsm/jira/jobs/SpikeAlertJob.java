package com.socialitsm.jira.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import com.socialitsm.app.SocialApp;

/**
 * The cluster-wide spike alert check ({@code SpikeAlerts.check()}): posts the alerts due, each once; a firing that
 * overlaps another node's posts nothing twice (unique SPIKE_ALERT key).
 */
final class SpikeAlertJob implements JobRunner {
    private final SocialApp app;

    SpikeAlertJob(SocialApp app) {
        this.app = app;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success("Posted " + app.hashtags().spikeAlerts().check().size()
                    + " spike alerts");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
