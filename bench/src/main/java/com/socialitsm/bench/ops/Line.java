package com.socialitsm.bench.ops;

import java.util.Optional;

import com.socialitsm.bench.harness.BenchOperation;
import com.socialitsm.bench.harness.Budget;

/**
 * One measured operation: a budget line of ARCHITECTURE.md or one variant of a comparison. {@code operation} is
 * empty while the service it needs has not landed in this branch yet ({@code pending} says which).
 */
public record Line(String name, Budget budget, Optional<BenchOperation> operation, String pending,
        int warmups, int requests) {

    public static Line of(String name, Budget budget, BenchOperation operation, int warmups, int requests) {
        return new Line(name, budget, Optional.of(operation), "", warmups, requests);
    }

    public static Line pending(String name, Budget budget, String why) {
        return new Line(name, budget, Optional.empty(), why, 0, 0);
    }
}
