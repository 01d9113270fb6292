package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.store.HashtagDeltaEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * Tags offered while typing: see {@link HashtagService#suggest}. The candidates are the most used tags of the prefix
 * by their rolled-up count: for prefixes of one to three characters from {@link TagPrefixes}, else from HASHTAG's TAG
 * index; plus every tag of the prefix with count changes not rolled up yet (a tag used for the first time a moment
 * ago is offered at once). The count shown is exact for the viewer: the candidates' rolled-up totals minus their
 * rows in the projects the viewer may not fully browse (or their rows in those the viewer may, where those are fewer)
 * plus their not-rolled-up changes in projects the viewer may browse, all read as of one rollup ({@link TagCounts}).
 * Four statements for a viewer who may fully browse every project that has counts: the watermark (with the counted
 * projects), the candidates, the prefix's tail, the watermark again; one more for the rows of the projects the viewer
 * may not browse, one more when a tag of the tail is not among the candidates (its spelling and total), and one more
 * when a short prefix has no rows in HASHTAG_PREFIX (then HASHTAG's range answers).
 */
final class TagSuggestions {
    /** Suggestions fetched per suggestion asked, so that dropping tags the viewer cannot see still fills the list. */
    private static final int OVERFETCH = 3;

    private final Store store;
    private final AccessPolicy access;
    private final TagCounts counts;
    private final TagPrefixes prefixes;
    private final TagCatalog catalog;

    TagSuggestions(Store store, AccessPolicy access, TagCounts counts, TagPrefixes prefixes, TagCatalog catalog) {
        this.store = store;
        this.access = access;
        this.counts = counts;
        this.prefixes = prefixes;
        this.catalog = catalog;
    }

    /** See {@link HashtagService#suggest}. */
    List<TagSuggestion> suggest(Optional<String> viewer, String prefix, int limit) {
        Optional<String> start = normalizePrefix(prefix);
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        if (start.isEmpty() || projects.isEmpty()) {
            return List.of();
        }
        int wanted = limit * OVERFETCH;
        List<TagSuggestion> suggestions = counts.consistentlyWithProjects((watermark, counted) -> {
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            if (watermark.rolledUpOnce() && TagPrefixes.covers(start.get(), wanted)) {
                prefixes.read(start.get()).stream().limit(wanted).forEach(row -> candidates.put(row.getTag(),
                        new Candidate(row.getDisplay(), row.getIssueCount())));
            }
            if (candidates.isEmpty()) {
                // No prefix rows: a longer prefix, the rollup's first run still to come, or a prefix without rows
                // (no tag starts so, or one the table has not built yet: TagPrefixes).
                prefixes.mostUsed(start.get(), wanted).forEach(row -> candidates.put(row.getTag(),
                        new Candidate(TagCatalog.displayOf(row), row.getIssueCount())));
            }
            List<HashtagDeltaEntity> tail = counts.tailWithPrefix(watermark, start.get());
            addTailOnly(candidates, tail);
            Map<String, Integer> totals = new LinkedHashMap<>();
            candidates.forEach((tag, candidate) -> totals.put(tag, candidate.total()));
            Map<String, Integer> visible = counts.rolledUpFromTotals(totals, projects, counted);
            TagCounts.addTail(visible, tail, projects);
            List<TagSuggestion> found = new ArrayList<>();
            candidates.forEach((tag, candidate) -> {
                int count = visible.getOrDefault(tag, 0);
                if (count > 0) {
                    found.add(new TagSuggestion(tag, candidate.display(), count));
                }
            });
            return found;
        });
        List<TagSuggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparingInt(TagSuggestion::count).reversed().thenComparing(TagSuggestion::tag));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    /** A tag that may be suggested: its spelling and its rolled-up issue count over every project. */
    private record Candidate(String display, int total) {
    }

    /**
     * Adds the tags that only the tail names (used for the first time lately, or more since the last rollup than the
     * candidates' last one): their stored spelling and total, one statement; blocked and merged ones left out.
     */
    private void addTailOnly(Map<String, Candidate> candidates, List<HashtagDeltaEntity> tail) {
        Set<String> tailOnly = new LinkedHashSet<>();
        tail.forEach(delta -> {
            if (!candidates.containsKey(delta.getTag())) {
                tailOnly.add(delta.getTag());
            }
        });
        if (tailOnly.isEmpty()) {
            return;
        }
        Map<String, HashtagEntity> rows = catalog.load(tailOnly);
        for (String tag : tailOnly) {
            HashtagEntity row = rows.get(tag);
            if (row != null && !row.isBlocked() && row.getMergedInto() == null) {
                candidates.put(tag, new Candidate(TagCatalog.displayOf(row), row.getIssueCount()));
            }
        }
    }

    /**
     * The normal form of the start of a tag: as {@link HashtagExtractor#normalizeTag}, but also for starts that are
     * no tag yet ({@code 24} of {@code 24x7}), which are normalized as the start of one. Empty when no tag can start
     * so; an empty string for an empty prefix.
     */
    static Optional<String> normalizePrefix(String prefix) {
        String body = prefix == null ? "" : prefix.strip();
        if (!body.isEmpty() && (body.charAt(0) == '#' || body.charAt(0) == '\uFF03')) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return Optional.of("");
        }
        Optional<String> tag = HashtagExtractor.normalizeTag(body);
        if (tag.isPresent()) {
            return tag;
        }
        return HashtagExtractor.normalizeTag(body + "x").filter(t -> t.endsWith("x"))
                .map(t -> t.substring(0, t.length() - 1));
    }
}
