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
 * by their rolled-up count: for prefixes of one and two characters from {@link TagPrefixes}, else from HASHTAG's TAG
 * index; plus every tag of the prefix with count changes not rolled up yet (a tag used for the first time a moment
 * ago is offered at once). The count shown is exact for the viewer: the candidates' project rows in projects the
 * viewer may fully browse plus their not-rolled-up changes there, read as of one rollup ({@link TagCounts}). Five
 * statements: the watermark, the candidates, the prefix's tail, the project rows, the watermark again (one more
 * when a tag of the tail is not among the candidates: its spelling).
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
        List<TagSuggestion> suggestions = counts.consistently(watermark -> {
            Map<String, String> displays = new LinkedHashMap<>();
            if (watermark.rolledUpOnce() && TagPrefixes.covers(start.get(), wanted)) {
                prefixes.read(start.get()).stream().limit(wanted)
                        .forEach(row -> displays.put(row.getTag(), row.getDisplay()));
            } else {
                prefixes.mostUsed(start.get(), wanted)
                        .forEach(row -> displays.put(row.getTag(), TagCatalog.displayOf(row)));
            }
            List<HashtagDeltaEntity> tail = counts.tailWithPrefix(watermark, start.get());
            Set<String> tags = new LinkedHashSet<>(displays.keySet());
            tail.forEach(delta -> tags.add(delta.getTag()));
            Map<String, Integer> visible = counts.rolledUpInProjects(tags, projects);
            TagCounts.addTail(visible, tail, projects);
            List<TagSuggestion> found = new ArrayList<>();
            List<String> unspelled = new ArrayList<>();
            for (String tag : tags) {
                int count = visible.getOrDefault(tag, 0);
                if (count > 0) {
                    found.add(new TagSuggestion(tag, displays.getOrDefault(tag, tag), count));
                    if (!displays.containsKey(tag)) {
                        unspelled.add(tag);
                    }
                }
            }
            return spelled(found, unspelled);
        });
        List<TagSuggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparingInt(TagSuggestion::count).reversed().thenComparing(TagSuggestion::tag));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    /** The suggestions with the stored spelling of tags only the tail named (blocked or merged ones left out). */
    private List<TagSuggestion> spelled(List<TagSuggestion> found, List<String> unspelled) {
        if (unspelled.isEmpty()) {
            return found;
        }
        Map<String, HashtagEntity> rows = catalog.load(unspelled);
        List<TagSuggestion> spelled = new ArrayList<>();
        for (TagSuggestion suggestion : found) {
            if (!unspelled.contains(suggestion.tag())) {
                spelled.add(suggestion);
                continue;
            }
            HashtagEntity row = rows.get(suggestion.tag());
            if (row != null && !row.isBlocked() && row.getMergedInto() == null) {
                spelled.add(new TagSuggestion(suggestion.tag(), TagCatalog.displayOf(row), suggestion.count()));
            }
        }
        return spelled;
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
