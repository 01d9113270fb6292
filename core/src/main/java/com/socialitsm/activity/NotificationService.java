package com.socialitsm.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.Store;

/**
 * Notifications: the items delivered to the user's feed (by fan-out: what their follows brought, what is about them,
 * mentions) since they last marked them read. "Last read" is one SETTING row per user ({@code notifications.read:}
 * + user key) holding an activity id; an item is unread when its activity id is above it.
 *
 * <p>The unread count is three statements whatever the feed's size — the SETTING row, one range scan of the
 * FEED_ITEM (user, activity) index joined to ACTIVITY, at most {@link #MAX_COUNTED} + 1 rows, and the user's mutes
 * among their targets — then one bulk permission check in the host, so the count never includes what the user may
 * no longer browse or has muted since it was delivered. Past
 * {@link #MAX_COUNTED} the count says "more" instead of counting on.
 */
public final class NotificationService {
    /** The count stops here: the header shows "99+". */
    public static final int MAX_COUNTED = 99;
    /** Ends in ':' so that the user key is a segment the privacy feature's key rewrite (anonymization) finds. */
    static final String SETTING_PREFIX = "notifications.read:";
    private static final int MAX_SETTING_KEY_LENGTH = 190;

    private final Settings settings;
    private final ActivityReader reader;
    private final FeedService feed;

    public NotificationService(Store store, Settings settings, IssueDirectory issues, AccessPolicy access,
            FeedService feed) {
        this.settings = Objects.requireNonNull(settings);
        this.reader = new ActivityReader(store, issues, access);
        this.feed = Objects.requireNonNull(feed);
    }

    /** The unread count and the newest {@code limit} items (1–100), each with whether it is unread. */
    public Notifications notifications(String userKey, int limit) {
        long lastRead = lastRead(userKey);
        Unread unread = unread(userKey, lastRead);
        List<Notifications.Item> items = feed.delivered(Optional.of(userKey), FeedQuery.first(limit)).items().stream()
                .map(item -> new Notifications.Item(item, item.id() > lastRead)).toList();
        return new Notifications(unread.count(), unread.more(), lastRead, items);
    }

    /** Only the count: what every page's header asks. */
    public Unread unread(String userKey) {
        return unread(userKey, lastRead(userKey));
    }

    /**
     * Marks everything up to this activity id read (an id above the newest activity counts as the newest, so that
     * no future item is read before it exists); never moves "last read" back. Returns the count after.
     */
    public Unread markRead(String userKey, long upTo) {
        if (upTo < 0) {
            throw new IllegalArgumentException("upTo must not be negative");
        }
        long bounded = Math.min(upTo, reader.newestActivityId());
        long current = lastRead(userKey);
        if (bounded > current) {
            settings.put(settingKey(userKey), Long.toString(bounded));
            current = bounded;
        }
        return unread(userKey, current);
    }

    /** How many unread items (at most {@link #MAX_COUNTED}), and whether there are more. */
    public record Unread(int count, boolean more) {
    }

    private Unread unread(String userKey, long lastRead) {
        List<Activity> rows = reader.activities(Query.select()
                .alias(ActivityEntity.class, "a").alias(FeedItemEntity.class, "fi")
                .join(FeedItemEntity.class, "fi.ACTIVITY_ID = a.ID")
                .where("fi.USER_KEY = ? AND fi.ACTIVITY_ID > ?", userKey, lastRead)
                .order("fi.ACTIVITY_ID DESC").limit(MAX_COUNTED + 1));
        if (rows.isEmpty()) {
            return new Unread(0, false);
        }
        int visible = feed.withoutMuted(userKey, reader.visible(Optional.of(userKey), rows)).size();
        return new Unread(Math.min(visible, MAX_COUNTED), visible > MAX_COUNTED);
    }

    long lastRead(String userKey) {
        return settings.get(settingKey(userKey)).map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    /** {@code notifications.read:<user key>}, or a digest of the key when it is too long for a setting key. */
    static String settingKey(String userKey) {
        String key = SETTING_PREFIX + userKey;
        if (key.length() <= MAX_SETTING_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userKey.getBytes(StandardCharsets.UTF_8));
            return SETTING_PREFIX + "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
