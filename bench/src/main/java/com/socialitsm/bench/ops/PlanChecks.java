package com.socialitsm.bench.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.socialitsm.bench.BenchContext;

/**
 * The plans PostgreSQL gives the app's hot reads as a pooled connection runs them: after five executions a prepared
 * statement gets a <em>generic</em> plan, made without the parameter values, from average statistics. A skewed
 * column (a few tags on most issues) then gets the plan of the average value, which for an ordered page can mean
 * reading and sorting every row of a popular tag. Each check takes the app's own SQL (recorded from one request of
 * its budget line), forces the generic plan, runs EXPLAIN ANALYZE with the worst-case value and asserts the shape:
 * an index scan in key order, no sort of everything. A plan check is exact, not a timing: it may fail a quick run.
 */
final class PlanChecks {
    /** One checked statement: its plan's first lines, the time of one execution and whether the shape holds. */
    record Plan(String what, String sql, List<String> plan, double millis, boolean ok) {
    }

    private final BenchContext context;

    PlanChecks(BenchContext context) {
        this.context = context;
    }

    List<Plan> check(Map<String, Map<String, Long>> listings, String heavyUser, String headTag) {
        List<Plan> plans = new ArrayList<>();
        find(listings, "tag page", sql -> sql.contains("\"TAG\" = ? AND \"ISSUE_ID\" < ?"))
                .ifPresent(sql -> plans.add(plan("tag page: newest issues of the most used tag", sql,
                        new Object[] {headTag, Long.MAX_VALUE})));
        find(listings, "tag page", sql -> sql.contains("WHERE \"TAG\" = ? ORDER BY \"ISSUE_ID\" DESC"))
                .ifPresent(sql -> plans.add(plan("tag page: related-tags sample of the most used tag", sql,
                        new Object[] {headTag})));
        // The feed's own range: ACTIVITY joined to FEED_ITEM (alias fi) below the cursor.
        find(listings, "feed", sql -> sql.contains("fi.\"USER_KEY\" = ? AND fi.\"ACTIVITY_ID\" < ?"))
                .ifPresent(sql -> plans.add(plan("feed: a heavy user's newest items", sql,
                        new Object[] {heavyUser, Long.MAX_VALUE})));
        return plans;
    }

    private static java.util.Optional<String> find(Map<String, Map<String, Long>> listings, String line,
            Predicate<String> which) {
        Map<String, Long> statements = listings.get(line);
        return statements == null ? java.util.Optional.empty()
                : statements.keySet().stream().filter(which).findFirst();
    }

    private Plan plan(String what, String sql, Object[] values) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(c);
            }
        }
        List<String> literals = new ArrayList<>();
        for (Object value : values) {
            literals.add(value instanceof Number ? value.toString() : "'" + value.toString().replace("'", "''") + "'");
        }
        List<String> lines = new ArrayList<>();
        double millis = 0;
        try (Connection c = context.database().connectTo(context.schema()); Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE bench_plan AS " + numbered);
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) EXECUTE bench_plan("
                    + String.join(", ", literals) + ")")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    lines.add(line);
                    if (line.startsWith("Execution Time:")) {
                        millis = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed for " + sql + ": " + e.getMessage(), e);
        }
        String joined = String.join("\n", lines);
        boolean ordered = joined.contains("Index Scan Backward") || joined.contains("Index Only Scan Backward");
        boolean sortsAll = joined.contains("Sort") && joined.contains("Bitmap Heap Scan");
        List<String> head = lines.stream().filter(l -> !l.startsWith("Planning") && !l.startsWith("Execution"))
                .map(String::strip).limit(4).toList();
        return new Plan(what, sql, head, millis, ordered && !sortsAll);
    }

    static String describe(Plan plan) {
        return String.format(Locale.ROOT, "%s: %s (%.2f ms)", plan.what(), String.join(" → ", plan.plan()),
                plan.millis());
    }
}
