package com.socialitsm.tag;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How one write changed an issue's tags: its tags afterwards (in the order they came), added and removed ones. The
 * hashtag step of an issue change returns one, and the later steps (activity, kudos) take it.
 */
public record TagDiff(Set<String> after, List<String> added, List<String> removed) {
    public TagDiff {
        after = new LinkedHashSet<>(after);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
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
