package com.socialitsm.jira.hashtag;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.LabelImportJob;

/**
 * Owns the labels-to-hashtags import of this node: the core's {@link LabelImportJob} over Jira's labels, run on one
 * thread of the app's own (never a Jira request thread or one of Jira's shared pools), which stops when the app is
 * disabled or uninstalled. The job keeps its progress in the database, so any node answers "how far"; a node that
 * stops mid-import leaves it "interrupted", and an admin starts it again (the import is idempotent).
 */
@Named
public final class LabelImportWorker {
    private final ExecutorService thread;
    private final LabelImportJob job;

    @Inject
    public LabelImportWorker(SocialApp app, JiraLabeledIssues labels) {
        // A thread is only made when an import starts.
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "social-itsm-label-import");
            worker.setDaemon(true);
            return worker;
        });
        this.job = app.labelImport(labels, thread);
    }

    /** The import job, for the REST resource (a bean of core-services.xml). */
    public LabelImportJob job() {
        return job;
    }

    /** Interrupts a running import (it stops after its current page) and lets the thread end. */
    @PreDestroy
    public void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
