package com.socialitsm.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * IN lists for Active Objects criteria, portable to every database Jira supports: {@code COLUMN IN (?, ?, ?)}, and
 * the chunks to cut a long list into (Oracle accepts at most 1,000 items; 500 keeps statements small).
 */
public final class InList {
    /** Items per IN list. */
    public static final int CHUNK = 500;

    private InList() {
    }

    /** {@code COLUMN IN (?, ?, ?)} for {@code count} parameters. */
    public static String in(String column, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An IN list needs at least one item");
        }
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** The items in chunks of at most {@link #CHUNK}, in order. */
    public static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
