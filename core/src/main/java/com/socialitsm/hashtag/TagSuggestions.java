package com.socialitsm.hashtag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.store.Criteria;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/** Tags offered while typing: see {@link HashtagService#suggest}. */
final class TagSuggestions {
    /** Suggestions fetched per suggestion asked, so that dropping tags the viewer cannot see still fills the list. */
    private static final int OVERFETCH = 3;

    private final Store store;
    private final AccessPolicy access;
    private final TagCounts counts;

    TagSuggestions(Store store, AccessPolicy access, TagCounts counts) {
        this.store = store;
        this.access = access;
        this.counts = counts;
    }

    /** See {@link HashtagService#suggest}. */
    List<TagSuggestion> suggest(Optional<String> viewer, String prefix, int limit) {
        Optional<String> start = normalizePrefix(prefix);
        Set<Long> projects = access.fullyBrowsableProjects(viewer);
        if (start.isEmpty() || projects.isEmpty()) {
            return List.of();
        }
        String criteria = "MERGED_INTO IS NULL AND BLOCKED = ? AND ISSUE_COUNT > ?";
        List<Object> params = new ArrayList<>(List.of(false, 0));
        if (!start.get().isEmpty()) {
            Criteria.PrefixRange range = Criteria.prefixRange(start.get());
            criteria += " AND TAG >= ?";
            params.add(range.from());
            if (range.below().isPresent()) {
                criteria += " AND TAG < ?";
                params.add(range.below().get());
            }
            criteria += " AND TAG LIKE ?" + Criteria.LIKE_ESCAPE;
            params.add(Criteria.likePrefix(start.get()));
        }
        HashtagEntity[] candidates = store.find(HashtagEntity.class, Query.select().where(criteria, params.toArray())
                .order("ISSUE_COUNT DESC, TAG ASC").limit(limit * OVERFETCH));
        if (candidates.length == 0) {
            return List.of();
        }
        Map<String, Integer> visible = counts.inProjects(
                Arrays.stream(candidates).map(HashtagEntity::getTag).toList(), projects);
        List<TagSuggestion> suggestions = new ArrayList<>();
        for (HashtagEntity tag : candidates) {
            int count = visible.getOrDefault(tag.getTag(), 0);
            if (count > 0) {
                suggestions.add(new TagSuggestion(tag.getTag(), TagCatalog.displayOf(tag), count));
            }
        }
        suggestions.sort(Comparator.comparingInt(TagSuggestion::count).reversed()
                .thenComparing(TagSuggestion::tag));
        return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
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
