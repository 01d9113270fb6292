package com.socialitsm.hashtag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.listening.Chatter;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.Store;

/** Tags used more than usual: see {@link HashtagService#trending}. */
final class TrendingTags {
    /** Days before the trending window whose daily rate predicts it. */
    static final int BASELINE_DAYS = 28;
    static final int MIN_COUNT = 3;
    static final int MAX_HOURS = 168;

    private final Store store;
    private final Clock clock;
    private final AccessPolicy access;
    private final TagCatalog catalog;
    private final TagCounts tagCounts;
    private final Chatter chatter;

    TrendingTags(Store store, Clock clock, AccessPolicy access, TagCatalog catalog, TagCounts tagCounts,
                 Chatter chatter) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.catalog = catalog;
        this.tagCounts = tagCounts;
        this.chatter = chatter;
    }

    /** See {@link HashtagService#trending}. */
    List<TrendingTag> trending(Optional<String> viewer, int hours, int limit, Optional<Long> projectId) {
        Set<Long> projects = new HashSet<>(access.fullyBrowsableProjects(viewer));
        projectId.ifPresent(id -> projects.retainAll(Set.of(id)));
        if (projects.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        long windowStart = now.minus(Duration.ofHours(hours)).toEpochMilli();
        Map<String, Integer> counts = new HashMap<>();
        store.stream(IssueHashtagEntity.class, Query.select("ID, TAG, PROJECT_ID")
                .where("TAGGED_AT > ? AND TAGGED_AT <= ?", windowStart, now.toEpochMilli()), row -> {
                    if (projects.contains(row.getProjectId())) {
                        counts.merge(row.getTag(), 1, Integer::sum);
                    }
                });
        // The listening post's one weighted term (off at weight 0): chat mentions count as `weight` taggings each.
        double weight = chatter.trendingWeight();
        Map<String, Integer> heard = weight > 0 ? chatter.countsByTag(Instant.ofEpochMilli(windowStart), now) : Map.of();
        Set<String> tags = new HashSet<>(counts.keySet());
        tags.addAll(heard.keySet());
        List<String> candidates = tags.stream()
                .filter(t -> counts.getOrDefault(t, 0) + weight * heard.getOrDefault(t, 0) >= MIN_COUNT)
                .sorted().toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        long baselineEnd = Math.floorDiv(windowStart, TagCounts.DAY_MILLIS);
        Map<String, Integer> baseline = tagCounts.daysInProjects(candidates, baselineEnd - BASELINE_DAYS, baselineEnd,
                projects);
        Map<String, Integer> heardBefore = weight > 0
                ? chatter.countsOnDays(candidates, baselineEnd - BASELINE_DAYS, baselineEnd) : Map.of();
        Map<String, HashtagEntity> rows = catalog.load(candidates);
        List<TrendingTag> trending = new ArrayList<>();
        double scale = (double) hours / (BASELINE_DAYS * 24);
        for (String tag : candidates) {
            int count = counts.getOrDefault(tag, 0);
            double expected = baseline.getOrDefault(tag, 0) * scale;
            // A tag only chat mentions brought here shows its typed form: its stored spelling may come from hidden issues.
            String display = count > 0 && rows.containsKey(tag) ? TagCatalog.displayOf(rows.get(tag)) : tag;
            double score = weight > 0
                    ? weighedScore(count + weight * heard.getOrDefault(tag, 0),
                            expected + weight * heardBefore.getOrDefault(tag, 0) * scale)
                    : TrendingTag.zScore(count, expected);
            trending.add(new TrendingTag(tag, display, count, expected, score));
        }
        trending.sort(Comparator.comparingDouble(TrendingTag::score).reversed()
                .thenComparing(Comparator.comparingInt(TrendingTag::count).reversed())
                .thenComparing(TrendingTag::tag));
        return List.copyOf(trending.subList(0, Math.min(limit, trending.size())));
    }

    /** {@link TrendingTag#zScore} over taggings plus weighted chat mentions. */
    private static double weighedScore(double observed, double expected) {
        return (observed - expected) / Math.sqrt(expected + 1);
    }
}
