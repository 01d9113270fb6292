package com.socialitsm.hashtag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How one write changed an issue's tags: its tags afterwards (in the order they came), added and removed ones. */
record TagDiff(Set<String> after, List<String> added, List<String> removed) {
    TagDiff {
        after = new LinkedHashSet<>(after);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
