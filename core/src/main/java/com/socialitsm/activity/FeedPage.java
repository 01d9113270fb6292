package com.socialitsm.activity;

import java.util.List;
import java.util.Optional;

/** One page of a feed, newest first, and where the next one starts (empty at the end). */
public record FeedPage(List<FeedItem> items, Optional<FeedCursor> next) {
    public static FeedPage empty() {
        return new FeedPage(List.of(), Optional.empty());
    }
}
