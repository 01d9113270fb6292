package com.socialitsm.bench.harness;

import java.util.OptionalInt;

/**
 * One line of the budgets table: the p99 latency allowed, and the statement and transaction limits where the
 * budget states them. {@code statementLimit} is also the regression guard of {@code bench/run --quick}: a run that
 * sends more statements than this for any request fails, whatever the timings said.
 */
public record Budget(String line, double p99Millis, OptionalInt statementLimit, OptionalInt transactionLimit) {

    public static Budget of(String line, double p99Millis) {
        return new Budget(line, p99Millis, OptionalInt.empty(), OptionalInt.empty());
    }

    public Budget statements(int limit) {
        return new Budget(line, p99Millis, OptionalInt.of(limit), transactionLimit);
    }

    public Budget transactions(int limit) {
        return new Budget(line, p99Millis, statementLimit, OptionalInt.of(limit));
    }
}
