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

    TrendingTags(Store store, Clock clock, AccessPolicy access, TagCatalog catalog, TagCounts tagCounts) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.catalog = catalog;
        this.tagCounts = tagCounts;
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
        List<String> candidates = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
                .map(Map.Entry::getKey).sorted().toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        long baselineEnd = Math.floorDiv(windowStart, TagCounts.DAY_MILLIS);
        Map<String, Integer> baseline = tagCounts.daysInProjects(candidates, baselineEnd - BASELINE_DAYS, baselineEnd,
                projects);
        Map<String, HashtagEntity> rows = catalog.load(candidates);
        List<TrendingTag> trending = new ArrayList<>();
        for (String tag : candidates) {
            int count = counts.get(tag);
            double expected = baseline.getOrDefault(tag, 0) * (double) hours / (BASELINE_DAYS * 24);
            String display = rows.containsKey(tag) ? TagCatalog.displayOf(rows.get(tag)) : tag;
            trending.add(new TrendingTag(tag, display, count, expected, TrendingTag.zScore(count, expected)));
        }
        trending.sort(Comparator.comparingDouble(TrendingTag::score).reversed()
                .thenComparing(Comparator.comparingInt(TrendingTag::count).reversed())
                .thenComparing(TrendingTag::tag));
        return List.copyOf(trending.subList(0, Math.min(limit, trending.size())));
    }
}
