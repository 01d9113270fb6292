package com.socialitsm.bench.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import com.socialitsm.activity.FeedPage;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.bench.BenchContext;
import com.socialitsm.bench.harness.Budget;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.hashtag.TagPage;
import com.socialitsm.kudos.Leaderboard;
import com.socialitsm.kudos.Period;
import com.socialitsm.outcome.Outcome;

/**
 * The budget lines read through the app's services, one small adapter each: a heavy user's feed page
 * ({@code FeedService}), hashtag suggestions and a tag's first page ({@code HashtagService}), a leaderboard's top ten
 * ({@code KudosService}). Inputs are drawn deterministically from the request number, the way users would ask:
 * popular tags typed and opened most often, every period and project in turn.
 */
final class ServiceLines {
    private static final long INPUT_STREAM = 11;

    private ServiceLines() {
    }

    static List<Line> all(BenchContext context, BudgetRun run) {
        List<Line> lines = new ArrayList<>();
        lines.add(feed(context, run));
        lines.add(suggest(context, run));
        lines.add(tagPage(context, run));
        lines.add(leaderboard(context, run));
        return lines;
    }

    /**
     * Before the leaderboard is read: the rollup job runs, as the cluster-wide job does every minute, over what the
     * measured changes added to the ledger; how fast it rolls up is noted.
     */
    static void before(Line line, BenchContext context, java.util.function.Consumer<String> note) {
        if (line.name().equals("leaderboard") || line.name().equals("suggest")) {
            note.accept("Rollup job before the " + line.name() + " reads: " + rollUp(context) + ".");
        }
    }

    /**
     * Runs the rollup job until the ledger's and the tag counts' tails are empty, as the cluster-wide job does every
     * minute (its first run on a data set also builds the autocomplete prefixes).
     */
    static String rollUp(BenchContext context) {
        long start = System.nanoTime();
        int rows = 0;
        for (int rolled = context.app().kudos().rollup().rollUp(); rolled > 0;
                rolled = context.app().kudos().rollup().rollUp()) {
            rows += rolled;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        long tagStart = System.nanoTime();
        int tagRows = 0;
        for (int rolled = context.app().hashtags().countRollup().rollUp(); rolled > 0;
                rolled = context.app().hashtags().countRollup().rollUp()) {
            tagRows += rolled;
        }
        double tagMillis = (System.nanoTime() - tagStart) / 1e6;
        return String.format(java.util.Locale.ROOT, "%,d new ledger rows rolled up in %.0f ms (%,.0f rows/s); %,d tag"
                + " count changes in %.0f ms", rows, millis, rows == 0 ? 0 : rows / (millis / 1000), tagRows,
                tagMillis);
    }

    /**
     * The service's leaderboard (rolled-up totals plus the ledger's tail after the rollup's watermark) must be the
     * sum of the ledger, for every period, after the measured changes added rows to the tail.
     */
    static void verify(BenchContext context, List<String> failures) {
        LeaderboardAlternatives boards = new LeaderboardAlternatives(
                new Sql(context.store(), context.counter().dataSource()));
        LeaderboardAlternatives.Period[] periods = LeaderboardAlternatives.Period.values();
        for (int i = 0; i < periods.length; i++) {
            long now = context.clock().millis();
            List<Object[]> expected = boards.fromLedger(periods[i], 0, now, 10);
            List<Object[]> actual = new ArrayList<>();
            context.app().kudos().leaderboard(Optional.empty(), Period.values()[i], null, 10).orElseThrow().rows()
                    .forEach(row -> actual.add(new Object[] {row.user(), (long) row.points()}));
            if (!BudgetRun.sameRows(expected, actual)) {
                failures.add("KudosService leaderboard " + periods[i] + " is " + BudgetRun.rows(actual)
                        + " but the ledger sums to " + BudgetRun.rows(expected));
            }
        }
    }

    private static Line feed(BenchContext context, BudgetRun run) {
        Budget budget = Budget.of("feed page of 20 (500 issues, 50 tags, 50 people followed)", 20)
                .statements(BudgetRun.FEED_STATEMENT_GUARD);
        return Line.of("feed", budget, run.countingBeforePermissions(request -> {
            FeedPage page = context.app().feed().feed(Optional.of(run.heavyUser(request)),
                    FeedQuery.first(BudgetRun.PAGE));
            if (page.items().isEmpty()) {
                throw new IllegalStateException("Empty feed for " + run.heavyUser(request));
            }
            return "";
        }), run.quick() ? 100 : 500, run.quick() ? 500 : 5_000);
    }

    private static Line suggest(BenchContext context, BudgetRun run) {
        ServiceDesk desk = context.desk();
        Budget budget = Budget.of("hashtag autocomplete", 5).statements(BudgetRun.SUGGEST_STATEMENT_GUARD);
        return Line.of("suggest", budget, request -> {
            SplittableRandom random = desk.random(INPUT_STREAM, request);
            String tag = desk.vocabulary().tag(desk.chooseTagRank(random));
            int typed = 1 + random.nextInt(Math.min(4, tag.length()));
            String prefix = tag.substring(0, typed);
            context.app().hashtags().suggest(Optional.of(viewer(desk, random)), prefix, 10);
            return "prefix of " + typed + (typed == 1 ? " character" : " characters");
        }, run.quick() ? 200 : 1_000, run.quick() ? 1_000 : 10_000);
    }

    private static Line tagPage(BenchContext context, BudgetRun run) {
        ServiceDesk desk = context.desk();
        Budget budget = Budget.of("issues for a hashtag, first page", 10)
                .statements(BudgetRun.TAG_PAGE_STATEMENT_GUARD);
        return Line.of("tag page", budget, request -> {
            SplittableRandom random = desk.random(INPUT_STREAM + 1, request);
            // The most used tag every fourth request (the page with the most issues), else as users open them.
            int rank = request % 4 == 0 ? 0 : desk.chooseTagRank(random);
            Outcome<TagPage> page = context.app().hashtags().tagPage(Optional.of(viewer(desk, random)),
                    desk.vocabulary().tag(rank), BudgetRun.PAGE, Optional.empty());
            if (!(page instanceof Outcome.Done<TagPage>)) {
                throw new IllegalStateException("Tag page refused: " + page);
            }
            return rank == 0 ? "most used tag" : rank < 10 ? "top 10 tag" : rank < 1_000 ? "top 1,000 tag" : "tail tag";
        }, run.quick() ? 100 : 1_000, run.quick() ? 500 : 5_000);
    }

    private static Line leaderboard(BenchContext context, BudgetRun run) {
        ServiceDesk desk = context.desk();
        Budget budget = Budget.of("leaderboard top 10, any period", 10)
                .statements(BudgetRun.LEADERBOARD_STATEMENT_GUARD);
        Period[] periods = Period.values();
        return Line.of("leaderboard", budget, request -> {
            Period period = periods[request % periods.length];
            boolean overall = (request / periods.length) % 2 == 0;
            // The busiest project (Zipf rank 0) when not overall; a customer looks, who may browse it.
            String project = overall ? null : desk.projectKey(0);
            Optional<Leaderboard> board = context.app().kudos().leaderboard(
                    Optional.of(desk.customer(request % desk.size().customers())), period, project, 10);
            if (board.isEmpty()) {
                throw new IllegalStateException("No leaderboard for " + period + " " + project);
            }
            return period.code() + (overall ? ", all projects" : ", one project");
        }, run.quick() ? 120 : 1_000, run.quick() ? 600 : 6_000);
    }

    /** Who asks: an agent one time in three, else a customer. */
    private static String viewer(ServiceDesk desk, SplittableRandom random) {
        return random.nextInt(3) == 0 ? desk.agent(random.nextInt(desk.size().agents()))
                : desk.customer(random.nextInt(desk.size().customers()));
    }
}
