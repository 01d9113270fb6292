package com.socialitsm.bench.workload;

import java.util.Optional;
import java.util.SplittableRandom;

import com.socialitsm.host.IssueRef;

/**
 * The issues that the live traffic of a budgets run creates (a quarter of its changes), made from the request's own
 * random stream, so that any later run can make the same issue again from its id: a data set is reused across runs,
 * and the issues earlier runs tagged must stay issues the host knows (not ids no one can browse, which the tag page
 * would skip chunk after chunk).
 */
public final class TrafficIssues {
    /** The random stream of the traffic's requests. */
    public static final long TRAFFIC_STREAM = 7;
    /** Issue ids of one run: the loaded issues, then {@code RUN_ID_SPACING} ids per run number. */
    public static final long RUN_ID_SPACING = 10_000_000L;

    private TrafficIssues() {
    }

    /** The random stream of request {@code n} of run {@code run}. */
    public static SplittableRandom requestRandom(ServiceDesk desk, long run, int n) {
        return desk.random(TRAFFIC_STREAM, run * 1_000_003L + n);
    }

    /**
     * The issue request {@code n} of run {@code run} creates, from its random stream after the request's first two
     * draws (its time step and its kind).
     */
    public static IssueRef create(ServiceDesk desk, long run, int n, SplittableRandom random) {
        IssueHistory template = IssueHistory.generate(desk, random.nextInt(desk.size().issues()));
        long index = desk.size().issues() + run * RUN_ID_SPACING + n;
        return new IssueRef(ServiceDesk.FIRST_ISSUE_ID + index, template.projectKey() + "-" + (index + 1),
                template.projectId(), template.projectKey(), template.summary(), template.description(), "Open", false,
                Optional.empty(), Optional.of(template.reporter()));
    }

    /** The issue with this id as the run that created it made it, if the id is one a run's traffic gives out. */
    public static Optional<IssueRef> recreate(ServiceDesk desk, long issueId) {
        long offset = issueId - ServiceDesk.FIRST_ISSUE_ID - desk.size().issues();
        if (offset < RUN_ID_SPACING) {
            return Optional.empty();
        }
        long run = offset / RUN_ID_SPACING;
        int n = (int) (offset % RUN_ID_SPACING);
        SplittableRandom random = requestRandom(desk, run, n);
        random.nextInt(2_000);
        random.nextInt(100);
        return Optional.of(create(desk, run, n, random));
    }
}
