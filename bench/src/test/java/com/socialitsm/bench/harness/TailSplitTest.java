package com.socialitsm.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TailSplitTest {

    /** 200 requests: the slowest 1% (two) are the ones whose commit took 9 ms; their statements are listed apart. */
    @Test
    void theSlowestRequestsStatementsAreListedBesideEveryRequests() {
        int n = 200;
        long[] elapsed = new long[n];
        long[] database = new long[n];
        List<List<JdbcCounter.Timed>> traces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean slow = i == 17 || i == 150;
            long commit = slow ? 9_000_000 : 500_000;
            traces.add(List.of(new JdbcCounter.Timed("SELECT \"A\",\"B\" FROM s.\"AO_B39A1C_FOLLOW\" WHERE \"X\" = ?",
                    1_000_000), new JdbcCounter.Timed(JdbcCounter.COMMIT, commit)));
            database[i] = 1_000_000 + commit;
            elapsed[i] = database[i] + 200_000;
        }

        Measurement.TailSplit tail = Measurement.TailSplit.of(elapsed, database, traces);

        assertThat(tail.slowest()).isEqualTo(2);
        assertThat(tail.slowestMeanMillis()).isEqualTo(10.2);
        assertThat(tail.byStatement()).extracting(Measurement.StatementShare::shape)
                .containsExactly(JdbcCounter.COMMIT, "SELECT … FROM \"FOLLOW\" WHERE \"X\" = ?");
        Measurement.StatementShare commit = tail.byStatement().get(0);
        assertThat(commit.slowestCount()).isEqualTo(1.0);
        assertThat(commit.slowestMillis()).isEqualTo(9.0);
        assertThat(commit.allMillis()).isEqualTo((198 * 0.5 + 2 * 9.0) / 200);
    }
}
