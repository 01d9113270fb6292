package com.socialitsm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialitsm.bench.extraction.ExtractionRun;
import com.socialitsm.bench.harness.Measurement;
import com.socialitsm.bench.load.BenchDatabase;
import com.socialitsm.bench.ops.BudgetRun;
import com.socialitsm.bench.replay.ApacheJiraSample;
import com.socialitsm.bench.replay.ReplayRun;
import com.socialitsm.bench.workload.WorkloadSize;

/**
 * The command line of the benchmark jar ({@code bench/run} calls it):
 * <ul>
 *   <li>{@code quick}: the small data set, every budget line, the comparisons, a short JMH run and a short replay;
 *       prints the tables; exits 1 only when the run broke (an error, shapes that disagree) or a statement count
 *       went over its limit, never because of a slow timing;</li>
 *   <li>{@code full --size medium|large}: the same at that size with more requests, the full JMH run and the whole
 *       replay ({@code --passes N}, {@code --threads N});</li>
 *   <li>{@code load}, {@code budgets}, {@code jmh}, {@code replay}, {@code growth}: the parts one by one;</li>
 *   <li>{@code spikes [--hours 4 --threshold 4 --min-count 5 --cooldown 24]}: the spike-alert replay over the
 *       ServiceNow incident log, the tuning grid and the per-problem table of {@code docs/trending.md};</li>
 *   <li>{@code http [--clients 16] [--requests N] [--seconds S]}: the devhost under concurrent HTTP load.</li>
 *   <li>{@code budgets --only change} measures one line (no comparisons); {@code --url-options '&x=y'} adds JDBC
 *       URL parameters (e.g. {@code &reWriteBatchedInserts=true}) to compare driver settings;
 *       {@code --fan-in-threshold N} loads (into a schema of its own) and measures with another follower count
 *       above which targets are read by fan-in.</li>
 * </ul>
 * Results go to stdout and {@code bench/target/bench-results/}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int status;
        try {
            status = run(options);
        } catch (Exception | Error e) {
            System.err.println("BROKEN RUN: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static int run(BenchOptions options) throws Exception {
        boolean quick = options.command().equals("quick");
        WorkloadSize size = quick ? WorkloadSize.SMALL : options.size();
        Path out = options.outputDirectory();
        Files.createDirectories(out);
        List<String> failures = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        long started = System.nanoTime();
        switch (options.command()) {
            case "load" -> {
                try (BenchContext context = BenchContext.open(options.database(), size, options.seed(),
                        fanInThreshold(options), BenchMain::log)) {
                    md.append("Loaded: ").append(Reports.rowSummary(context.load().rows())).append('\n');
                    md.append(String.format(Locale.ROOT, "Load time: %.1f s (reused: %s)%n", context.load().seconds(),
                            context.load().reused()));
                }
            }
            case "budgets" -> md.append(budgets(options, size, false, failures, out));
            case "jmh" -> md.append(Reports.extraction(ExtractionRun.run(options.flag("quick"), shared())));
            case "replay" -> md.append(Reports.replay(replay(options, Integer.MAX_VALUE, 1, 1)));
            case "growth" -> md.append(Growth.table(out));
            case "spikes" -> md.append(com.socialitsm.bench.spike.SpikeReplay.report(
                    ApacheJiraSample.file().getParent(), new com.socialitsm.bench.spike.SpikeReplay.Config(
                            Integer.parseInt(options.extra().getOrDefault("hours", "4")),
                            Double.parseDouble(options.extra().getOrDefault("threshold", "8")),
                            Integer.parseInt(options.extra().getOrDefault("min-count", "5")),
                            Integer.parseInt(options.extra().getOrDefault("cooldown", "24")))));
            case "backfill" -> md.append(backfill(options));
            case "http" -> md.append(Reports.http(new com.socialitsm.bench.http.DevhostLoad(
                    Paths.get(options.extra().getOrDefault("devhost", "devhost/target/social-itsm-devhost.jar")),
                    options.database(), BenchMain::log).run(
                    Integer.parseInt(options.extra().getOrDefault("clients", "16")),
                    Integer.parseInt(options.extra().getOrDefault("issues", "300")),
                    Integer.parseInt(options.extra().getOrDefault("requests", "20000")),
                    java.time.Duration.ofSeconds(Long.parseLong(options.extra().getOrDefault("seconds", "60"))))));
            case "quick", "full" -> {
                md.append(budgets(options, size, quick, failures, out));
                if (!ApacheJiraSample.available()) {
                    // A checkout without ../shared beside it still gets the budget table and its statement guards.
                    log("extraction and replay skipped: " + ApacheJiraSample.missing());
                    md.append("\n_Extraction and replay skipped: " + ApacheJiraSample.missing() + "._\n");
                    break;
                }
                md.append(Reports.extraction(ExtractionRun.run(quick, shared())));
                if (quick) {
                    md.append(Reports.replay(replay(options, 150, 1, 1)));
                } else {
                    md.append(Reports.replay(replay(options, Integer.MAX_VALUE, 1, 1)));
                }
            }
            default -> {
                System.err.println("Unknown command: " + options.command()
                        + " (quick | full --size S | load | budgets | jmh | replay | growth | http)");
                return 2;
            }
        }
        md.append(String.format(Locale.ROOT, "%n_%s run took %.0f s._%n", options.command(),
                (System.nanoTime() - started) / 1e9));
        System.out.println();
        System.out.println(md);
        Files.writeString(out.resolve("bench-" + options.command() + "-" + size.name() + ".md"), md.toString(),
                StandardCharsets.UTF_8);
        if (!failures.isEmpty()) {
            System.out.println("FAILED:");
            failures.forEach(f -> System.out.println("  " + f));
            return 1;
        }
        return 0;
    }

    private static String budgets(BenchOptions options, WorkloadSize size, boolean quick, List<String> failures,
            Path out) throws IOException {
        if (quick) {
            // The guard's statement counts must not depend on the runs before it (BenchContext.drop).
            BenchContext.drop(options.database(), size, options.seed(), fanInThreshold(options));
        }
        try (BenchContext context = BenchContext.open(options.database(), size, options.seed(),
                fanInThreshold(options), BenchMain::log)) {
            BudgetRun.Report report = new BudgetRun(context, quick, BenchMain::log,
                    java.util.Optional.ofNullable(options.extra().get("only"))).run();
            failures.addAll(report.failures());
            if (!options.extra().containsKey("only")) {
                Growth.save(out, report);
            }
            return Reports.budgets(report) + Reports.plans(report) + Reports.profiles(report) + Reports.listings(report);
        }
    }

    private static ReplayRun.Result replay(BenchOptions options, int defaultIssues, int defaultPasses,
            int defaultThreads) throws Exception {
        int issues = Integer.parseInt(options.extra().getOrDefault("issues", Integer.toString(defaultIssues)));
        int passes = Integer.parseInt(options.extra().getOrDefault("passes", Integer.toString(defaultPasses)));
        int threads = Integer.parseInt(options.extra().getOrDefault("threads", Integer.toString(defaultThreads)));
        BenchDatabase database = options.flag("async-commit") ? options.database().withoutSynchronousCommit()
                : options.database();
        return ReplayRun.run(database, issues, passes, threads, BenchMain::log);
    }

    /** {@code --fan-in-threshold N}: load and measure with another threshold than the app's default. */
    private static int fanInThreshold(BenchOptions options) {
        return Integer.parseInt(options.extra().getOrDefault("fan-in-threshold",
                Integer.toString(com.socialitsm.follow.FollowService.DEFAULT_FAN_IN_THRESHOLD)));
    }

    private static String shared() {
        return ApacheJiraSample.file().getParent().getParent().toString();
    }

    /**
     * {@code backfill [--issues N] [--rate R] [--h2]}: "tag existing issues" over N synthetic issues (default
     * 1,000,000) with three comments each, unpaced unless {@code --rate} gives issues per second, on PostgreSQL (a
     * schema of its own, emptied first) or, with {@code --h2}, on an in-memory H2 database.
     */
    private static String backfill(BenchOptions options) {
        long issues = Long.parseLong(options.extra().getOrDefault("issues", "1000000"));
        int rate = Integer.parseInt(options.extra().getOrDefault("rate", "0"));
        boolean h2 = options.flag("h2");
        String schema = "backfill_bench";
        com.socialitsm.store.standalone.EntityManagerStore store;
        if (h2) {
            store = com.socialitsm.store.standalone.EntityManagerStore.open(
                    com.socialitsm.store.standalone.DatabaseConfig.h2Memory("backfill-bench"));
            com.socialitsm.store.upgrade.SchemaUpgrades.upgrade(store);
        } else {
            options.database().dropSchema(schema);
            store = options.database().openStore(schema, dataSource -> dataSource, 4);
        }
        // On PostgreSQL the tables start empty and grow: analyze them as Jira's database would (Autovacuum).
        try (store; com.socialitsm.bench.load.Autovacuum analyze = h2 ? null
                : com.socialitsm.bench.load.Autovacuum.start(options.database(), schema,
                        com.socialitsm.bench.load.Autovacuum.DEFAULT_NAPTIME_SECONDS, BenchMain::log)) {
            com.socialitsm.bench.backfill.BackfillRun.Result result =
                    com.socialitsm.bench.backfill.BackfillRun.run(store, issues, rate, BenchMain::log);
            return "| line | size | time | rate | CPU | heap | end | load |\n|---|---|---|---|---|---|---|---|\n"
                    + result.markdown(h2 ? "H2 in memory" : "PostgreSQL") + (rate > 0 ? "(paced at " + rate
                    + " issues/s)\n" : "");
        }
    }

    static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Command and options: {@code <command> [--size small|medium|large] [--seed N] [--db jdbc:postgresql://host:port/]}. */
    record BenchOptions(String command, WorkloadSize size, long seed, BenchDatabase database,
            Map<String, String> extra) {
        static BenchOptions parse(String[] args) {
            String command = args.length == 0 ? "quick" : args[0];
            WorkloadSize size = WorkloadSize.SMALL;
            long seed = 42;
            BenchDatabase database = BenchDatabase.LOCAL;
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (arg) {
                    case "--size" -> { size = WorkloadSize.byName(value); i++; }
                    case "--seed" -> { seed = Long.parseLong(value); i++; }
                    case "--db" -> {
                        database = new BenchDatabase(value, database.database(), database.user(), database.password(),
                                database.urlOptions());
                        i++;
                    }
                    default -> {
                        if (arg.startsWith("--") && !value.startsWith("--") && !value.isEmpty()) {
                            extra.put(arg.substring(2), value);
                            i++;
                        } else if (arg.startsWith("--")) {
                            extra.put(arg.substring(2), "true");
                        }
                    }
                }
            }
            if (extra.containsKey("url-options")) {
                database = database.withUrlOptions(extra.get("url-options"));
            }
            return new BenchOptions(command, size, seed, database, extra);
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(extra.getOrDefault(name, "false"));
        }

        Path outputDirectory() {
            return Paths.get(extra.getOrDefault("out", "bench/target/bench-results"));
        }
    }

    /** Keeps each size's figures, so that one table can show how cost grows from small to large. */
    static final class Growth {
        private Growth() {
        }

        static void save(Path out, BudgetRun.Report report) throws IOException {
            StringBuilder tsv = new StringBuilder();
            for (Measurement.Result r : report.budgets()) {
                tsv.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%s%n", r.budget().line(),
                        r.latency().p50(), r.latency().p95(), r.latency().p99(), r.statements().range()));
            }
            for (BudgetRun.Comparison c : report.comparisons()) {
                for (Measurement.Result r : c.variants()) {
                    tsv.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%s%n", r.name(), r.latency().p50(),
                            r.latency().p95(), r.latency().p99(), r.statements().range()));
                }
            }
            Files.writeString(out.resolve("growth-" + report.size() + ".tsv"), tsv.toString(), StandardCharsets.UTF_8);
        }

        static String table(Path out) throws IOException {
            Map<String, Map<String, String[]>> byLine = new LinkedHashMap<>();
            List<String> sizes = new ArrayList<>();
            for (WorkloadSize size : WorkloadSize.ALL) {
                Path file = out.resolve("growth-" + size.name() + ".tsv");
                if (!Files.exists(file)) {
                    continue;
                }
                sizes.add(size.name());
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t");
                    byLine.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(size.name(), cols);
                }
            }
            StringBuilder md = new StringBuilder("### How cost grows with size (p50 / p99 ms, statements)\n\n| operation |");
            sizes.forEach(s -> md.append(' ').append(s).append(" |"));
            md.append("\n|---|");
            sizes.forEach(s -> md.append("---|"));
            md.append('\n');
            byLine.forEach((line, perSize) -> {
                md.append("| ").append(line).append(" |");
                for (String size : sizes) {
                    String[] cols = perSize.get(size);
                    md.append(cols == null ? " – |" : String.format(Locale.ROOT, " %.2f / %.2f (%s) |",
                            Double.parseDouble(cols[1]), Double.parseDouble(cols[3]), cols[4]));
                }
                md.append('\n');
            });
            return md.append('\n').toString();
        }
    }
}
