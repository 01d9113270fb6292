package com.socialitsm.tag;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one write changed an issue's tags: its tags afterwards (in the order they came), added and removed ones, and
 * who put each of the tags afterwards on the issue ({@code taggedBy}: a user key, or "" for nobody's own, such as a
 * label import; a tag missing from it has no known tagger). The hashtag step of an issue change returns one, and the
 * later steps (activity, kudos) take it — kudos judges a resolution's tags by their taggers without reading the
 * issue's tag rows again.
 */
public record TagDiff(Set<String> after, List<String> added, List<String> removed, Map<String, String> taggedBy) {
    public TagDiff {
        after = new LinkedHashSet<>(after);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        taggedBy = Collections.unmodifiableMap(new HashMap<>(taggedBy));
    }

    /** A diff whose taggers are not known (a stand-in tag step): no tag of it counts as put there by anyone. */
    public TagDiff(Set<String> after, List<String> added, List<String> removed) {
        this(after, added, removed, Map.of());
    }

    /** No tags and no change: what the later steps see when hashtags are off for the project. */
    public static TagDiff none() {
        return new TagDiff(Set.of(), List.of(), List.of());
    }

    /** The tags an issue carries, unchanged by this write. */
    public static TagDiff unchanged(Set<String> tags) {
        return new TagDiff(tags, List.of(), List.of());
    }

    @Override
    public Set<String> after() {
        return Collections.unmodifiableSet(after);
    }

    public boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
