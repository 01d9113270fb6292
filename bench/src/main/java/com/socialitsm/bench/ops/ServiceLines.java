package com.socialitsm.bench.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.socialitsm.activity.FeedPage;
import com.socialitsm.activity.FeedQuery;

import com.socialitsm.bench.BenchContext;
import com.socialitsm.bench.harness.Budget;

/**
 * The budget lines read through the app's services (feed, hashtag suggestions, tag page, leaderboard): one adapter
 * each, filled in as each service lands in main. Until then the line is reported as pending.
 */
final class ServiceLines {
    private ServiceLines() {
    }

    static List<Line> all(BenchContext context, BudgetRun run) {
        List<Line> lines = new ArrayList<>();
        lines.add(feed(context, run));
        lines.add(Line.pending("suggest", Budget.of("hashtag autocomplete", 5)
                .statements(BudgetRun.SUGGEST_STATEMENT_GUARD), "HashtagService not in this branch yet"));
        lines.add(Line.pending("tag page", Budget.of("issues for a hashtag, first page", 10)
                .statements(BudgetRun.TAG_PAGE_STATEMENT_GUARD), "HashtagService not in this branch yet"));
        lines.add(Line.pending("leaderboard", Budget.of("leaderboard top 10, any period", 10)
                .statements(BudgetRun.LEADERBOARD_STATEMENT_GUARD), "KudosService not in this branch yet"));
        return lines;
    }

    /** Checks that need the services: none yet beyond what the lines assert per request. */
    static void verify(BenchContext context, List<String> failures) {
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
        }), run.quick() ? 100 : 500, run.quick() ? 1_000 : 5_000);
    }
}
