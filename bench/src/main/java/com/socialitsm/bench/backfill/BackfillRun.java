package com.socialitsm.bench.backfill;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.socialitsm.app.SocialApp;
import com.socialitsm.bench.host.SyntheticHost;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.WorkloadSize;
import com.socialitsm.hashtag.BackfillJob;
import com.socialitsm.hashtag.BackfillProgress;
import com.socialitsm.host.HistoricIssues;
import com.socialitsm.store.Store;

/**
 * Runs "tag existing issues" over {@code issues} synthetic issues (three comments each) on the given store, on the
 * calling thread, unpaced unless {@code issuesPerSecond} is given, and reports the rate and the heap in use after a
 * GC at each quarter of the run (constant heap: the pages are streamed).
 */
public final class BackfillRun {
    private BackfillRun() {
    }

    /** The result line: wall time, rate, heap at each quarter. */
    public record Result(long issues, double seconds, double issuesPerSecond, double cpuSeconds, List<Long> heapMb,
                         BackfillProgress progress) {
        public String markdown(String database) {
            return String.format(Locale.ROOT,
                    "| backfill (%s) | %,d issues × 3 comments | %.1f s | %,.0f issues/s | %.1f s CPU of the job's "
                            + "thread = %,.0f issues per CPU-second | heap after GC at each quarter: %s MB | %s, %d "
                            + "errors | load average %.1f |%n",
                    database, issues, seconds, issuesPerSecond, cpuSeconds, issues / cpuSeconds, heapMb,
                    progress.state().id(), progress.errors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    public static Result run(Store store, long issues, int issuesPerSecond, Consumer<String> log) {
        SyntheticHost host = new SyntheticHost(new ServiceDesk(WorkloadSize.SMALL, 42));
        SocialApp app = new SocialApp(store, Clock.systemUTC(), host, host, host);
        List<Long> heap = new java.util.ArrayList<>();
        AtomicInteger pages = new AtomicInteger();
        long quarter = Math.max(1, issues / 4 / BackfillJob.DEFAULT_PAGE_SIZE);
        HistoricIssues history = new SyntheticHistory(issues, 5);
        HistoricIssues observed = new HistoricIssues() {
            @Override
            public long count() {
                return history.count();
            }

            @Override
            public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
                if (pages.incrementAndGet() % quarter == 0) {
                    heap.add(heapMb());
                    log.accept(String.format(Locale.ROOT, "backfill: %,d issues, heap %d MB",
                            afterIssueId - SyntheticHistory.FIRST_ID + 1, heap.get(heap.size() - 1)));
                }
                return history.page(afterIssueId, limit, withLabels);
            }
        };
        BackfillJob job = new BackfillJob(store, Clock.systemUTC(), app.settings(), app.features(), app.hashtags(),
                observed, Runnable::run, issuesPerSecond > 0 ? BackfillJob.Pause.SLEEP : d -> { },
                BackfillJob.DEFAULT_PAGE_SIZE);
        if (issuesPerSecond > 0) {
            store.executeInTransaction(() -> {
                job.setIssuesPerSecond(issuesPerSecond);
                return null;
            });
        }
        heap.add(heapMb());
        // The job runs on this thread (and H2 in memory in it too), so its CPU time is the work, however loaded the
        // machine is; on PostgreSQL the server's own CPU is not in it.
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long started = System.nanoTime();
        job.start(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        heap.add(heapMb());
        return new Result(issues, seconds, issues / seconds, cpuSeconds, List.copyOf(heap), job.progress());
    }

    private static long heapMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
