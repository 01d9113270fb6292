package com.socialitsm.web.rest;

import java.util.List;

import com.socialitsm.activity.FeedCursor;
import com.socialitsm.activity.FeedPage;

/** A page of a feed: {@code items}, newest first, and {@code next}, the cursor of the next page (null at the end). */
public record FeedPageJson(List<FeedItemJson> items, String next) {
    static FeedPageJson of(FeedPage page) {
        return new FeedPageJson(page.items().stream().map(FeedItemJson::of).toList(),
                page.next().map(FeedCursor::encode).orElse(null));
    }
}
