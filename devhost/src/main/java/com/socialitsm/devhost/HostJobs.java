package com.socialitsm.devhost;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.activity.FeedPruner;
import com.socialitsm.app.SocialApp;

/**
 * The app's periodic jobs, which a host schedules (Jira: its cluster-wide scheduler). Every devhost node runs them;
 * each job is safe when nodes run it at once. A failing run is logged and the next run tries again. Work an admin
 * starts (the labels import) runs on {@link #background()}, a thread of its own, so it neither holds up the periodic
 * jobs nor a request; "tag existing issues", which may run for long, has its own thread ({@link #backfill()}), so one
 * core stays free and a labels import need not wait for it.
 */
final class HostJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostJobs.class);
    /** How often spike alerts are looked for: the replay in docs/trending.md checked at this pace. */
    static final Duration SPIKE_CHECK_EVERY = Duration.ofMinutes(5);

    /** One job: what, how often. */
    record Job(String name, Duration every, Runnable work) {
    }

    private final ScheduledExecutorService scheduler;
    private final ExecutorService background;
    private final ExecutorService backfill;

    private HostJobs(ScheduledExecutorService scheduler, ExecutorService background, ExecutorService backfill) {
        this.scheduler = scheduler;
        this.background = background;
        this.backfill = backfill;
    }

    /** Runs the backfill (one run at a time); stopped with the jobs. */
    Executor backfill() {
        return backfill;
    }

    /** Runs one-off background work (one task at a time); stopped with the jobs. */
    Executor background() {
        return background;
    }

    /** The app's jobs; a feature with a job of its own adds it here. */
    static List<Job> of(SocialApp app) {
        return List.of(
                new Job("rollup of leaderboards and tag counts", Duration.ofMinutes(1), () -> {
                    app.kudos().rollup().rollUp();
                    app.hashtags().countRollup().rollUp();
                }),
                new Job("feed pruning", Duration.ofHours(1),
                        () -> app.feedPruner().pruneAll(FeedPruner.DEFAULT_KEEP_PER_USER)),
                new Job("spike alerts", SPIKE_CHECK_EVERY, () -> app.hashtags().spikeAlerts().check()),
                new Job("listening post cleanup", Duration.ofHours(1), () -> app.listening().dropOld()));
    }

    /** Runs each job once now (so demo data is rolled up before the first page), then on its schedule. */
    static HostJobs start(List<Job> jobs) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "devhost-jobs");
            thread.setDaemon(true);
            return thread;
        });
        for (Job job : jobs) {
            scheduler.scheduleWithFixedDelay(() -> run(job), 0, job.every().toMillis(), TimeUnit.MILLISECONDS);
        }
        return new HostJobs(scheduler, oneThread("devhost-background"), oneThread("devhost-backfill"));
    }

    private static ExecutorService oneThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void run(Job job) {
        try {
            job.work().run();
        } catch (RuntimeException e) {
            LOG.warn("Job '{}' failed; it runs again in {}", job.name(), job.every(), e);
        }
    }

    /** Lets a running job finish (up to 10 s) and schedules nothing more. */
    @Override
    public void close() {
        // Background work is interrupted: the labels import stops after its page and can be started again.
        background.shutdownNow();
        backfill.shutdownNow();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
            background.awaitTermination(10, TimeUnit.SECONDS);
            backfill.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
