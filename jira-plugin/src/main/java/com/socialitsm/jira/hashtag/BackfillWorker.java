package com.socialitsm.jira.hashtag;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.BackfillJob;

/**
 * Owns "tag existing issues" on this node: the core's {@link BackfillJob} over Jira's issues, run on one thread of
 * the app's own (so it takes one core at most, never a Jira request thread or a shared pool), which stops when the
 * app is disabled. The job keeps its progress in the database; a node that stops mid-run leaves it "interrupted", and
 * the next start (on any node) resumes after the last page it reported.
 */
@Named
public final class BackfillWorker {
    private final ExecutorService thread;
    private final BackfillJob job;

    @Inject
    public BackfillWorker(SocialApp app, JiraHistoricIssues history) {
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "social-itsm-backfill");
            worker.setDaemon(true);
            worker.setPriority(Thread.NORM_PRIORITY - 1);
            return worker;
        });
        this.job = app.backfill(history, thread);
    }

    /** The backfill job, for the REST resource (a bean of core-services.xml). */
    public BackfillJob job() {
        return job;
    }

    /** Interrupts a running backfill (it stops at its next pause and resumes later) and lets the thread end. */
    @PreDestroy
    public void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
