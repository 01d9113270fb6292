package com.socialitsm.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialitsm.bench.extraction.ExtractionRun;
import com.socialitsm.bench.harness.Measurement;
import com.socialitsm.bench.ops.BudgetRun;
import com.socialitsm.bench.ops.Line;
import com.socialitsm.bench.replay.ReplayRun;

/** Renders what a run measured as the Markdown tables of BENCHMARKS.md. */
final class Reports {
    static final double EXTRACTION_BUDGET_MB_S = 50;
    static final double REPLAY_BUDGET_CHANGES_S = 2_000;
    /** Statement shapes listed for the slowest 1% of a line (most time in the tail first). */
    private static final int TAIL_STATEMENTS = 8;

    private Reports() {
    }

    static String budgets(BudgetRun.Report report) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Budgets on PostgreSQL, size `%s`%n%n", report.size()));
        md.append(String.format(Locale.ROOT, "Data set: %s%n%n", rowSummary(report.load().rows())));
        md.append("| budget line | budget (p99) | requests | p50 ms | p95 ms | p99 ms | statements / request | "
                + "transactions / request | verdict |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement.Result r : report.budgets()) {
            md.append(String.format(Locale.ROOT, "| %s | ≤ %s ms%s | %,d | %.2f | %.2f | %.2f | %s (mean %.1f) | %s | %s |%n",
                    r.budget().line(), fmt(r.budget().p99Millis()), limits(r), r.latency().count(), r.latency().p50(),
                    r.latency().p95(), r.latency().p99(), r.statements().range(), r.statements().mean(),
                    r.transactions().range(), verdict(r)));
        }
        for (Line line : report.pending()) {
            md.append(String.format(Locale.ROOT, "| %s | ≤ %s ms | – | – | – | – | – | – | pending: %s |%n",
                    line.budget().line(), fmt(line.budget().p99Millis()), line.pending()));
        }
        md.append('\n');
        for (Measurement.Result r : report.budgets()) {
            if (!r.statementsByLabel().isEmpty()) {
                md.append(String.format(Locale.ROOT, "Statements per request of *%s* by kind:%n%n", r.budget().line()));
                md.append("| kind | statements | requests | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
                r.labelsSummary().forEach((label, counts) -> md.append("| ").append(label).append(" | ")
                        .append(counts).append(" |\n"));
                md.append('\n');
            }
            Measurement.TailSplit tail = r.tail();
            if (tail.slowest() > 0) {
                md.append(String.format(Locale.ROOT, "Slowest 1%% of *%s* (%d requests): %.2f ms each on average, "
                        + "%.2f ms of it inside the database driver (statements, commits, round trips); all requests: "
                        + "%.2f ms, %.2f ms in the driver.%n%n", r.budget().line(), tail.slowest(),
                        tail.slowestMeanMillis(), tail.slowestDatabaseMillis(), tail.meanMillis(),
                        tail.databaseMillis()));
                md.append("| statement | per request, slowest 1% | ms, slowest 1% | per request, all | ms, all |\n"
                        + "|---|---|---|---|---|\n");
                tail.byStatement().stream().limit(TAIL_STATEMENTS).forEach(share -> md.append(String.format(
                        Locale.ROOT, "| `%s` | %.2f | %.3f | %.2f | %.3f |%n", share.shape(), share.slowestCount(),
                        share.slowestMillis(), share.allCount(), share.allMillis())));
                md.append('\n');
            }
        }
        report.notes().forEach(note -> md.append(note).append("\n\n"));
        for (BudgetRun.Comparison comparison : report.comparisons()) {
            md.append(comparison(comparison));
        }
        if (!report.failures().isEmpty()) {
            md.append("**Failures:**\n\n");
            report.failures().forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    static String comparison(BudgetRun.Comparison comparison) {
        StringBuilder md = new StringBuilder();
        md.append("#### ").append(comparison.title()).append("\n\n");
        md.append("| variant | requests | p50 ms | p99 ms | statements / request | p50 ratio |\n");
        md.append("|---|---|---|---|---|---|\n");
        double base = comparison.variants().get(0).latency().p50();
        for (Measurement.Result r : comparison.variants()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %s | %s |%n", r.name(),
                    r.latency().count(), r.latency().p50(), r.latency().p99(), r.statements().range(),
                    ratio(r.latency().p50(), base)));
        }
        md.append('\n').append(comparison.note()).append("\n\n");
        return md.toString();
    }

    static String plans(BudgetRun.Report report) {
        if (report.plans().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("Generic plans of the hot reads (as a pooled connection runs them after "
                + "five executions; EXPLAIN ANALYZE with the worst-case value):\n\n| read | plan | ms | ordered index scan |\n"
                + "|---|---|---|---|\n");
        for (com.socialitsm.bench.ops.BudgetRun.PlanView plan : com.socialitsm.bench.ops.BudgetRun.view(report)) {
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %.2f | %s |%n", plan.what(), plan.plan(),
                    plan.millis(), plan.ok() ? "yes" : "**no**"));
        }
        return md.append('\n').toString();
    }

    static String profiles(BudgetRun.Report report) {
        StringBuilder md = new StringBuilder();
        report.profiles().forEach((line, profile) -> {
            md.append(String.format(Locale.ROOT, "Where the time of *%s* goes (%d more requests, each statement "
                    + "timed by the JDBC proxy; %.2f ms per request in all):%n%n", line, profile.requests(),
                    profile.totalMillis() / profile.requests()));
            md.append("| statement | per request | ms per request | share |\n|---|---|---|---|\n");
            int shown = 0;
            for (Map.Entry<String, long[]> e : profile.statements().entrySet()) {
                if (shown++ == 8) {
                    break;
                }
                double perRequest = (double) e.getValue()[0] / profile.requests();
                double millis = e.getValue()[1] / 1e6 / profile.requests();
                String sql = e.getKey().length() > 160 ? e.getKey().substring(0, 157) + "…" : e.getKey();
                md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.3f | %.0f%% |%n", sql.replace("|", "\\|"),
                        perRequest, millis, 100 * millis / (profile.totalMillis() / profile.requests())));
            }
            md.append('\n');
        });
        return md.toString();
    }

    static String listings(BudgetRun.Report report) {
        StringBuilder md = new StringBuilder();
        report.listings().forEach((line, statements) -> {
            md.append("*").append(line).append("* — the SQL of one request:\n\n```sql\n");
            statements.forEach((sql, n) -> md.append(n > 1 ? "-- ×" + n + "\n" : "").append(sql.strip())
                    .append(";\n"));
            md.append("```\n\n");
        });
        return md.toString();
    }

    static String extraction(List<ExtractionRun.Throughput> results) {
        StringBuilder md = new StringBuilder();
        md.append("### Hashtag extraction, one core (JMH)\n\n");
        md.append("| extractor | corpus | corpus bytes | MB/s | ± (99.9%) | budget ≥ 50 MB/s | ratio to twitter-text |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ExtractionRun.Throughput t : results) {
            double twitter = results.stream().filter(o -> o.corpus().equals(t.corpus())
                    && o.extractor().equals("twitterText")).mapToDouble(ExtractionRun.Throughput::megabytesPerSecond)
                    .findFirst().orElse(Double.NaN);
            boolean ours = t.extractor().equals("ours");
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %s | %s |%n",
                    ours ? "ours (HashtagExtractor)" : "twitter-text 3.1 Extractor", t.corpus(), t.corpusBytes(),
                    t.megabytesPerSecond(), t.error(),
                    ours ? (t.megabytesPerSecond() >= EXTRACTION_BUDGET_MB_S ? "met" : "MISSED") : "–",
                    ratio(t.megabytesPerSecond(), twitter)));
        }
        md.append('\n');
        return md.toString();
    }

    static String replay(ReplayRun.Result replay) {
        StringBuilder md = new StringBuilder();
        md.append("### Replay of real Apache Jira changes through SocialEngine (PostgreSQL)\n\n");
        md.append("| threads | issues | changes | seconds | changes/s | first tenth | last tenth | statements / change | "
                + "tags stored | budget ≥ 2,000 changes/s |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f | %,.0f | %,.0f | %,.0f | %.1f | %,d | %s |%n",
                replay.threads(), replay.issues(), replay.changes(), replay.seconds(), replay.changesPerSecond(),
                replay.firstTenthPerSecond(), replay.lastTenthPerSecond(), replay.statementsPerChange(),
                replay.tagsStored(), replay.changesPerSecond() >= REPLAY_BUDGET_CHANGES_S ? "met" : "MISSED"));
        md.append('\n');
        return md.toString();
    }

    static String http(com.socialitsm.bench.http.DevhostLoad.Result load) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### End to end: devhost on PostgreSQL, %d HTTP clients over loopback%n%n",
                load.clients()));
        md.append(String.format(Locale.ROOT, "%,d requests in %.1f s: **%,.0f requests/s**, %d errors (statuses %s); "
                + "%d issues seeded.%n%n", load.requests(), load.seconds(), load.requestsPerSecond(), load.errors(),
                load.statuses(), load.seededIssues()));
        md.append("| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|\n");
        for (com.socialitsm.bench.http.DevhostLoad.Kind kind : load.kinds()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %d |%n", kind.name(),
                    kind.latency().count(), kind.latency().p50(), kind.latency().p95(), kind.latency().p99(),
                    kind.latency().max(), kind.errors()));
        }
        md.append(String.format(Locale.ROOT, "| all | %,d | %.1f | %.1f | %.1f | %.1f | %d |%n%n",
                load.all().count(), load.all().p50(), load.all().p95(), load.all().p99(), load.all().max(),
                load.errors()));
        return md.toString();
    }

    private static String limits(Measurement.Result r) {
        StringBuilder s = new StringBuilder();
        r.budget().transactionLimit().ifPresent(t -> s.append(", ≤ ").append(t).append(" tx"));
        r.budget().statementLimit().ifPresent(n -> s.append(", ≤ ").append(n).append(" stmts"));
        return s.toString();
    }

    private static String verdict(Measurement.Result r) {
        StringBuilder v = new StringBuilder(r.withinLatency() ? "met" : "**MISSED**");
        if (!r.withinStatementLimit()) {
            v.append(", statements over limit");
        }
        if (!r.withinTransactionLimit()) {
            v.append(", transactions over limit");
        }
        return v.toString();
    }

    private static String ratio(double value, double base) {
        if (Double.isNaN(base) || base <= 0) {
            return "–";
        }
        double ratio = value / base;
        return ratio >= 10 ? String.format(Locale.ROOT, "%,.0f×", ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String fmt(double millis) {
        return millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis);
    }

    static String rowSummary(Map<String, Long> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach((table, n) -> {
            if (n > 0) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(table.replaceFirst("^AO_[0-9A-F]{6}_", "")).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", n));
            }
        });
        return s.toString();
    }
}
