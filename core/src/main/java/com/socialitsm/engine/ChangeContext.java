package com.socialitsm.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the handlers of one issue change learn and hand on to each other within its transaction: the tags
 * after the change and which were added, so that activity and kudos need not read them again.
 */
public final class ChangeContext {
    private final Set<String> tagsAfter = new LinkedHashSet<>();
    private final List<String> addedTags = new ArrayList<>();
    private final List<String> removedTags = new ArrayList<>();

    public void tagsChanged(Set<String> after, List<String> added, List<String> removed) {
        tagsAfter.clear();
        tagsAfter.addAll(after);
        addedTags.clear();
        addedTags.addAll(added);
        removedTags.clear();
        removedTags.addAll(removed);
    }

    /** The tags after this change, in display order. */
    public Set<String> tagsAfter() {
        return Collections.unmodifiableSet(tagsAfter);
    }

    public List<String> addedTags() {
        return Collections.unmodifiableList(addedTags);
    }

    public List<String> removedTags() {
        return Collections.unmodifiableList(removedTags);
    }
}
