package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.tag.HashtagExtractor;

/** A tag's daily issues: see {@link HashtagService#tagDays}. */
final class TagDaysReader {
    static final int MAX_DAYS = 366;
    /** A day is a spike when its count reaches this Poisson z-score over the usual level ({@link TrendingTag#zScore}). */
    static final double SPIKE_SCORE = 3.0;

    private final Clock clock;
    private final AccessPolicy access;
    private final TagCatalog catalog;
    private final TagCounts counts;

    TagDaysReader(Clock clock, AccessPolicy access, TagCatalog catalog, TagCounts counts) {
        this.clock = clock;
        this.access = access;
        this.catalog = catalog;
        this.counts = counts;
    }

    /** See {@link HashtagService#tagDays}. */
    Outcome<TagDays> tagDays(Optional<String> viewer, String tag, int days) {
        Optional<String> normalized = HashtagExtractor.normalizeTag(tag);
        if (normalized.isEmpty()) {
            return Outcome.refused(HashtagRefusals.invalidTag(List.of(String.valueOf(tag))));
        }
        String shown = normalized.get();
        HashtagEntity row = catalog.load(List.of(shown)).get(shown);
        if (row != null && row.getMergedInto() != null) {
            shown = row.getMergedInto();
            row = catalog.load(List.of(shown)).get(shown);
        }
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        // A tag the viewer sees no issue of is answered like a tag nobody used: not found, whatever its rows say.
        if (projects.isEmpty() || counts.inProjects(List.of(shown), projects).getOrDefault(shown, 0) <= 0) {
            return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such hashtag, or you may not see it.");
        }
        long today = Math.floorDiv(clock.millis(), TagCounts.DAY_MILLIS);
        long firstDay = today - days + 1;
        Map<Long, Integer> perDay = counts.perDayInProjects(shown, firstDay, today + 1, projects);
        int total = 0;
        for (long day = firstDay; day <= today; day++) {
            total += Math.max(0, perDay.getOrDefault(day, 0));
        }
        double usual = (double) total / days;
        List<TagDays.Day> series = new ArrayList<>(days);
        for (long day = firstDay; day <= today; day++) {
            int issues = Math.max(0, perDay.getOrDefault(day, 0));
            series.add(new TagDays.Day(LocalDate.ofEpochDay(day), issues, isSpike(issues, usual)));
        }
        return Outcome.done(new TagDays(shown, row == null ? shown : TagCatalog.displayOf(row), series, usual));
    }

    /**
     * Far above the usual level: at least {@link TrendingTags#MIN_COUNT} issues and a z-score of
     * {@link #SPIKE_SCORE}, the rule trending ranks by, so a quiet tag's single issue is never a spike.
     */
    static boolean isSpike(int issues, double usual) {
        return issues >= TrendingTags.MIN_COUNT && TrendingTag.zScore(issues, usual) >= SPIKE_SCORE;
    }
}
