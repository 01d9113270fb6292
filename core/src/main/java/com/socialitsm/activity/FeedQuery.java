package com.socialitsm.activity;

import java.util.Objects;
import java.util.Optional;

/** A request for one feed page: how many items (1–100), from where, which part. */
public record FeedQuery(int limit, Optional<FeedCursor> cursor, FeedFilter filter) {
    public static final int MAX_LIMIT = 100;

    public FeedQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(filter, "filter");
    }

    public static FeedQuery first(int limit) {
        return new FeedQuery(limit, Optional.empty(), FeedFilter.ALL);
    }

    public FeedQuery after(FeedCursor next) {
        return new FeedQuery(limit, Optional.of(next), filter);
    }

    public FeedQuery filtered(FeedFilter only) {
        return new FeedQuery(limit, cursor, only);
    }
}
