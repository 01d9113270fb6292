package com.socialitsm.bench.harness;

import java.util.Arrays;

/** Latencies of many requests of one operation, in nanoseconds, and their percentiles (nearest rank). */
public final class Latencies {
    private long[] nanos;
    private int size;

    public Latencies(int expected) {
        nanos = new long[Math.max(16, expected)];
    }

    public void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    /** Each latency recorded, in nanoseconds. */
    public void forEach(java.util.function.LongConsumer each) {
        for (int i = 0; i < size; i++) {
            each.accept(nanos[i]);
        }
    }

    public int count() {
        return size;
    }

    public Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Summary(size, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), size == 0 ? 0 : millis(sorted[size - 1]),
                size == 0 ? 0 : sum / size / 1e6);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Percentiles in milliseconds. */
    public record Summary(int count, double p50, double p95, double p99, double max, double mean) {
    }
}
