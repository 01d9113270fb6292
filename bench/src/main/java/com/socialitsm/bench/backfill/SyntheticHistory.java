package com.socialitsm.bench.backfill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.socialitsm.host.HistoricIssues;

/**
 * {@code count} existing issues with three comments each, generated from the issue id when a page is read (so
 * nothing but the page is held): a summary with a hashtag from a 300-tag vocabulary, a description of ~600 characters
 * of Jira markup with one or two tags (and a tag inside {@code {code}}, which must stay untagged), comments with a tag
 * in one of three, dates spread over two years before {@link #END}.
 */
final class SyntheticHistory implements HistoricIssues {
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    static final long FIRST_ID = 10_000;
    private static final int TAGS = 300;
    private static final long SPAN_MILLIS = Duration.ofDays(730).toMillis();
    private static final String FILLER = "The user reports that *the client* stops after a while; see [the KB|"
            + "https://kb.example.com/x#y] and {{C:\\Temp\\log.txt}}. Steps: restart, reconnect, log out and in. ";

    private final long count;
    private final int projects;

    SyntheticHistory(long count, int projects) {
        this.count = count;
        this.projects = projects;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public List<HistoricIssue> page(long afterIssueId, int limit, boolean withLabels) {
        List<HistoricIssue> page = new ArrayList<>(limit);
        for (long id = Math.max(FIRST_ID, afterIssueId + 1); id < FIRST_ID + count && page.size() < limit; id++) {
            page.add(issue(id));
        }
        return page;
    }

    private HistoricIssue issue(long id) {
        long n = id - FIRST_ID;
        Instant created = END.minusMillis(SPAN_MILLIS - n * SPAN_MILLIS / Math.max(1, count));
        String tag = tag(n);
        String description = FILLER + "Related: #" + tag(n * 7 + 1) + ". {code}int x = 1; // #notatag{code} "
                + FILLER + FILLER;
        List<DatedText> comments = new ArrayList<>(3);
        for (int c = 0; c < 3; c++) {
            String body = c == 1 ? "Same here, #" + tag(n + c) + " again." : "Tried that, no luck. " + FILLER;
            comments.add(new DatedText(body, created.plus(Duration.ofHours(5L * (c + 1)))));
        }
        return new HistoricIssue(id, 10_000 + n % projects, created, "Cannot connect #" + tag, description,
                comments, List.of());
    }

    /** Skewed towards the first tags, as real vocabularies are. */
    private static String tag(long n) {
        long h = (n * 2_654_435_761L) & 0x7fffffff;
        return "t" + (h % TAGS) * (h % TAGS) / TAGS;
    }
}
