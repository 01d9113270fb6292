package com.socialitsm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one action on several threads released at the same instant, for tests of what concurrency must not break. */
public final class Race {
    /** What one of the racing threads does; {@code index} (0 to threads - 1) tells the threads apart. */
    @FunctionalInterface
    public interface Racer<T> {
        T call(int index) throws Exception;
    }

    private Race() {
    }

    /** The answers of {@code threads} concurrent runs of the action, in thread order; the first failure is thrown. */
    public static <T> List<T> run(int threads, Callable<T> action) throws Exception {
        return runEach(threads, index -> action.call());
    }

    /** Like {@link #run}, but each thread is told its index, e.g. to act as a different user. */
    public static <T> List<T> runEach(int threads, Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return racer.call(index);
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Each thread's outcome, in thread order: its answer, or the {@link RuntimeException} it threw, for tests that
     * look at how the losers of a race failed.
     */
    public static List<Object> outcomes(int threads, Racer<?> racer) throws Exception {
        return runEach(threads, index -> {
            try {
                return racer.call(index);
            } catch (RuntimeException e) {
                return e;
            }
        });
    }
}
