package com.socialitsm.activity;

import java.util.List;

/**
 * A user's notifications: how many items are unread ({@code more} when past the counted maximum), the activity id
 * they have read up to, and the newest items.
 */
public record Notifications(int unread, boolean more, long lastRead, List<Item> items) {
    public Notifications {
        items = List.copyOf(items);
    }

    /** A feed item and whether it arrived after the user last marked their notifications read. */
    public record Item(FeedItem item, boolean unread) {
    }
}
