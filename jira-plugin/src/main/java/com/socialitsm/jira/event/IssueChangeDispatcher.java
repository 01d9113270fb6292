package com.socialitsm.jira.event;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.host.IssueChange;

/**
 * Runs the app's {@link SocialEngine#handle} ({@code app.engine()}) for each change on one worker thread of the app's own, so that Jira's request
 * thread (and its shared pools) only pays for mapping the event. The queue is bounded; when it is full, or while the
 * worker is not running, the change is handled on the caller's thread instead of being dropped: slower, never lost.
 * A change that fails is logged and counted; the engine's idempotency makes a later replay safe.
 *
 * <p>Known gap (docs/data-center.md): changes still queued when a node dies are lost; the processed-change table
 * lets a planned reconciliation job find and replay them.
 */
@Named
public final class IssueChangeDispatcher {
    static final int QUEUE_CAPACITY = 10_000;
    private static final long STOP_TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(IssueChangeDispatcher.class);

    private final SocialApp app;
    private final EventHandlingStats stats;
    private final Supplier<ExecutorService> workerFactory;
    private volatile ExecutorService worker;

    @Inject
    public IssueChangeDispatcher(SocialApp app, EventHandlingStats stats) {
        this(app, stats, IssueChangeDispatcher::newWorker);
    }

    IssueChangeDispatcher(SocialApp app, EventHandlingStats stats, Supplier<ExecutorService> workerFactory) {
        this.app = app;
        this.stats = stats;
        this.workerFactory = workerFactory;
    }

    public synchronized void start() {
        if (worker == null) {
            worker = workerFactory.get();
        }
    }

    /** Drains the queue for a bounded time, so that disabling the plugin neither hangs nor leaks a thread. */
    public synchronized void stop() {
        ExecutorService running = worker;
        worker = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                List<Runnable> dropped = running.shutdownNow();
                LOG.warn("Stopped with {} issue changes still queued; they will be picked up by a replay",
                        dropped.size());
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public void submit(IssueChange change) {
        stats.changeReceived();
        ExecutorService running = worker;
        if (running == null) {
            handle(change);
            return;
        }
        try {
            running.execute(() -> handle(change));
        } catch (RejectedExecutionException e) {
            handle(change);
        }
    }

    private void handle(IssueChange change) {
        try {
            ChangeOutcome outcome = app.engine().handle(change);
            if (outcome == ChangeOutcome.ALREADY_PROCESSED) {
                stats.changeAlreadyProcessed();
            } else {
                stats.changeApplied();
            }
        } catch (RuntimeException e) {
            stats.changeFailed(e);
            LOG.warn("Could not apply issue change {} of issue {}", change.changeId(), change.issue().key(), e);
        }
    }

    private static ExecutorService newWorker() {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                runnable -> {
                    Thread thread = new Thread(runnable, "social-itsm-issue-changes-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                // Full queue or shut down: run on the caller rather than drop (CallerRunsPolicy would drop after shutdown).
                (runnable, executor) -> runnable.run());
    }
}
