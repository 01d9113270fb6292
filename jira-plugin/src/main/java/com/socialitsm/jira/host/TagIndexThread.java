package com.socialitsm.jira.host;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;

/**
 * The thread on which this node writes the hashtag index entries ({@link JiraIssueTagIndex}) of an admin's change to
 * many issues (a merge, rename or block over thousands of issues): one thread of the app's own, never a Jira request
 * thread or a shared pool, so the admin's request answers at once and Jira keeps serving. It runs the writes in the
 * order they were handed over and stops when the app is disabled; writes not done by then are made at the issues'
 * next change (core's {@code hashtag.TagIndexNotices}).
 */
@Named("tagIndexThread")
public final class TagIndexThread implements Executor {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "social-itsm-tag-index");
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        return worker;
    });

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /** Lets the thread end; index writes still queued are left for the issues' next change. */
    @PreDestroy
    public void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
