package com.socialitsm.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankOverAllRequests() {
        Latencies latencies = new Latencies(10);
        for (int i = 100; i >= 1; i--) {
            latencies.add(i * 1_000_000L);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p95()).isEqualTo(95.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
        assertThat(summary.mean()).isEqualTo(50.5);
    }

    @Test
    void aSingleRequestIsEveryPercentile() {
        Latencies latencies = new Latencies(1);
        latencies.add(3_000_000L);
        assertThat(latencies.summary().p99()).isEqualTo(3.0);
        assertThat(latencies.summary().p50()).isEqualTo(3.0);
    }
}
