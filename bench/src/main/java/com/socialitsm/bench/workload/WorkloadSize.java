package com.socialitsm.bench.workload;

import java.util.List;
import java.util.Locale;

/**
 * How big a generated service desk is. The ratios stay the same across sizes (about five activities and ten ledger
 * rows per issue, issue ids from 10,000 up) so that small, medium and large differ only in scale; {@link #LARGE}
 * is the Jira Data Center size of the budgets: 1 M issues, 5 M activities, 10 M ledger rows, 200 k hashtags.
 *
 * @param heavyUsers agents who follow {@link #HEAVY_ISSUES} issues, {@link #HEAVY_TAGS} hashtags and
 *                   {@link #HEAVY_PEOPLE} people: the feed budget's user; their feeds are filled at load time
 * @param feedRowsPerHeavyUser the newest items kept in a heavy user's feed (the pruner's bound between runs)
 */
public record WorkloadSize(String name, int projects, int agents, int customers, int issues, int tags,
        int heavyUsers, int feedRowsPerHeavyUser, int historyDays) {

    public static final int HEAVY_ISSUES = 500;
    public static final int HEAVY_TAGS = 50;
    public static final int HEAVY_PEOPLE = 50;

    public static final WorkloadSize SMALL = new WorkloadSize("small", 5, 40, 400, 5_000, 2_000, 5, 5_000, 90);
    public static final WorkloadSize MEDIUM =
            new WorkloadSize("medium", 20, 400, 10_000, 100_000, 20_000, 20, 10_000, 365);
    public static final WorkloadSize LARGE =
            new WorkloadSize("large", 60, 3_000, 100_000, 1_000_000, 200_000, 50, 10_000, 3 * 365);

    public static final List<WorkloadSize> ALL = List.of(SMALL, MEDIUM, LARGE);

    public static WorkloadSize byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(size -> size.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Size must be small, medium or large: " + name));
    }

    public int users() {
        return agents + customers;
    }
}
