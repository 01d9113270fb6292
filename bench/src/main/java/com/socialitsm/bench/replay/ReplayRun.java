package com.socialitsm.bench.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.socialitsm.app.SocialApp;
import com.socialitsm.bench.harness.JdbcCounter;
import com.socialitsm.bench.load.Autovacuum;
import com.socialitsm.bench.load.BenchDatabase;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.testing.InMemoryHost;

/**
 * Replays the real Apache Jira history (issues created, assigned, commented, resolved) through {@link
 * com.socialitsm.engine.SocialEngine} on PostgreSQL, from an empty schema, in time order, and reports changes per
 * second. The sample has about 100,000 changes; {@code passes} replays it again under new issue ids (the same texts,
 * more rows) to see how throughput holds as the tables grow toward the budget's million changes. With several
 * threads, each issue's changes stay on one thread and in order, as one issue's events are in Jira.
 */
public final class ReplayRun {
    private static final long FIRST_ISSUE_ID = 1_000_000;
    private static final long PASS_SPACING = 1_000_000;

    /** What a replay did. */
    public record Result(int issues, long changes, double seconds, double changesPerSecond,
            double firstTenthPerSecond, double lastTenthPerSecond, double statementsPerChange, long tagsStored,
            int threads) {
    }

    private record Planned(long issueId, IssueChange change) {
    }

    private ReplayRun() {
    }

    public static Result run(BenchDatabase database, int maxIssues, int passes, int threads, Consumer<String> log)
            throws Exception {
        List<ApacheJiraSample.Issue> sample = ApacheJiraSample.read(issues -> issues.size() < maxIssues);
        String schema = "bench_replay";
        database.dropSchema(schema);
        JdbcCounter counter = new JdbcCounter();
        try (EntityManagerStore store = database.openStore(schema, counter, Math.max(4, threads + 2));
                Autovacuum analyze = Autovacuum.start(database, schema, Autovacuum.DEFAULT_NAPTIME_SECONDS, log)) {
            // Everything replayed is browsable by everyone: no project or issue is restricted.
            InMemoryHost host = new InMemoryHost();
            List<Planned> changes = plan(sample, passes, host);
            Clock clock = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
            SocialApp app = new SocialApp(store, clock, host, host, host);
            log.accept(String.format(Locale.ROOT, "  replaying %,d changes of %,d issues × %d passes on %d thread(s)",
                    changes.size(), sample.size(), passes, threads));
            long statementsBefore = counter.snapshot().statements();
            // When each tenth of the changes was done, whichever thread finished it: the first and last tenth's rates
            // show whether handling slows down as the tables grow.
            long[] doneAt = new long[10];
            int tenth = Math.max(1, changes.size() / 10);
            AtomicInteger done = new AtomicInteger();
            Consumer<Planned> handle = planned -> {
                host.update(planned.change().issue());
                app.engine().handle(planned.change());
                int n = done.incrementAndGet();
                if (n % tenth == 0 && n / tenth <= 10) {
                    doneAt[n / tenth - 1] = System.nanoTime();
                }
            };
            long start = System.nanoTime();
            if (threads <= 1) {
                changes.forEach(handle);
            } else {
                List<List<Planned>> lanes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    lanes.add(new ArrayList<>());
                }
                changes.forEach(p -> lanes.get((int) Math.floorMod(p.issueId(), threads)).add(p));
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> futures = new ArrayList<>();
                for (List<Planned> lane : lanes) {
                    futures.add(pool.submit(() -> lane.forEach(handle)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long statements = counter.snapshot().statements() - statementsBefore;
            double first = 0;
            double last = 0;
            // Future.get() above makes the pool threads' writes to doneAt visible here.
            if (doneAt[9] > 0) {
                first = tenth / ((doneAt[0] - start) / 1e9);
                last = tenth / ((doneAt[9] - doneAt[8]) / 1e9);
            }
            long tags = store.count(IssueHashtagEntity.class, net.java.ao.Query.select());
            Result result = new Result(sample.size() * passes, changes.size(), seconds, changes.size() / seconds,
                    first, last, (double) statements / changes.size(), tags, threads);
            log.accept(String.format(Locale.ROOT, "    %,.0f changes/s (first tenth %,.0f, last tenth %,.0f), "
                    + "%.1f statements/change", result.changesPerSecond(), first, last, result.statementsPerChange()));
            return result;
        } finally {
            database.dropSchema(schema);
        }
    }

    /** The sample's changes in time order, each issue replayed {@code passes} times under new ids. */
    private static List<Planned> plan(List<ApacheJiraSample.Issue> sample, int passes, InMemoryHost host) {
        Map<String, Long> projectIds = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < sample.size(); i++) {
                ApacheJiraSample.Issue issue = sample.get(i);
                long id = FIRST_ISSUE_ID + pass * PASS_SPACING + i;
                long projectId = projectIds.computeIfAbsent(issue.project(), p -> host.addProject(p).id());
                String number = issue.key().substring(issue.key().lastIndexOf('-') + 1);
                String key = issue.project() + "-" + (Long.parseLong(number) + pass * PASS_SPACING);
                // Later passes happen later: shift them after the whole sample, keeping the order inside.
                long shift = pass * 20L * 365 * 86_400_000L;
                Optional<String> assignee = issue.assignee().isEmpty() ? Optional.empty()
                        : Optional.of(issue.assignee());
                IssueRef open = new IssueRef(id, key, projectId, issue.project(), issue.summary(),
                        issue.description(), "Open", false, Optional.empty(), Optional.of(issue.reporter()));
                String changePrefix = "replay:" + pass + ":" + issue.key() + ":";
                Instant created = issue.created().plusMillis(shift);
                planned.add(new Planned(id, IssueChange.of(changePrefix + "created", open, issue.reporter(),
                        IssueChange.Kind.CREATED, created)));
                IssueRef current = open;
                if (assignee.isPresent()) {
                    current = with(current, false, assignee);
                    planned.add(new Planned(id, IssueChange.of(changePrefix + "assigned", current, issue.reporter(),
                            IssueChange.Kind.ASSIGNED, created.plusSeconds(1))));
                }
                for (ApacheJiraSample.Comment comment : issue.comments()) {
                    if (!comment.body().isBlank()) {
                        planned.add(new Planned(id, IssueChange.of(changePrefix + "comment:" + comment.id(), current,
                                comment.author(), IssueChange.Kind.COMMENTED, comment.created().plusMillis(shift))
                                .withComment(comment.body())));
                    }
                }
                if (issue.resolved().isPresent()) {
                    IssueRef resolved = with(current, true, current.assignee());
                    planned.add(new Planned(id, IssueChange.of(changePrefix + "resolved", resolved,
                            assignee.orElse(issue.reporter()), IssueChange.Kind.RESOLVED,
                            issue.resolved().get().plusMillis(shift))));
                }
            }
        }
        planned.sort(Comparator.comparing((Planned p) -> p.change().at()).thenComparing(p -> p.change().changeId()));
        // Each change carries the issue as it is after it: the texts never change, the state does.
        return planned;
    }

    private static IssueRef with(IssueRef ref, boolean resolved, Optional<String> assignee) {
        return new IssueRef(ref.id(), ref.key(), ref.projectId(), ref.projectKey(), ref.summary(), ref.description(),
                resolved ? "Resolved" : "Open", resolved, assignee, ref.reporter());
    }
}
