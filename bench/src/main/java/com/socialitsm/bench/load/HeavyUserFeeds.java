package com.socialitsm.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.TargetType;

/**
 * The heavy users' feeds as fan-out on write leaves them: every activity on a target they follow except their own,
 * once, with the closest follow as the reason, and only the newest {@code feedRowsPerHeavyUser} items of each (the
 * feed pruner keeps no more). Targets over the fan-in threshold are skipped, as the feed reads those by fan-in.
 */
final class HeavyUserFeeds {
    /** Follow types by closeness, as FollowService picks a feed item's reason: issue, then user, hashtag, project. */
    private static final TargetType[] BY_CLOSENESS = {
            TargetType.ISSUE, TargetType.USER, TargetType.HASHTAG, TargetType.PROJECT};

    private final List<String> users = new ArrayList<>();
    /** Heavy users (by number among the heavy users) by what they follow, in the stored target form. */
    private final Map<String, List<Integer>> byTarget = new HashMap<>();
    private final Set<String> fanInTargets;
    private final Ring[] feeds;

    HeavyUserFeeds(ServiceDesk desk, Set<String> fanInTargets) {
        this.fanInTargets = fanInTargets;
        for (int h = 0; h < desk.size().heavyUsers(); h++) {
            users.add(desk.heavyUser(h));
        }
        feeds = new Ring[desk.size().heavyUsers()];
        for (int h = 0; h < feeds.length; h++) {
            feeds[h] = new Ring(desk.size().feedRowsPerHeavyUser());
        }
    }

    /** Heavy user number {@code heavy} follows this target by choice. */
    void follows(int heavy, FollowTarget target) {
        byTarget.computeIfAbsent(target.key(), t -> new ArrayList<>()).add(heavy);
    }

    /** Delivers an activity on these targets to the heavy users who follow one of them (closest reason first). */
    void deliver(long activityId, long issueId, String actor, Set<FollowTarget> targets) {
        Map<Integer, Integer> reasons = null;
        for (FollowTarget target : targets) {
            String key = target.key();
            List<Integer> followers = fanInTargets.contains(key) ? null : byTarget.get(key);
            if (followers == null) {
                continue;
            }
            int reason = closeness(target.type());
            for (int h : followers) {
                if (reasons == null) {
                    reasons = new HashMap<>();
                }
                reasons.merge(h, reason, Math::min);
            }
        }
        if (reasons != null) {
            reasons.forEach((h, reason) -> {
                if (!users.get(h).equals(actor)) {
                    feeds[h].add(activityId, issueId, reason);
                }
            });
        }
    }

    /** FEED_ITEM rows of every heavy user, oldest first (REASON is the follow type's code). */
    void writeTo(CopyWriter feedItems) {
        for (int h = 0; h < feeds.length; h++) {
            String user = users.get(h);
            feeds[h].forEachOldestFirst((activity, issue, reason) ->
                    feedItems.row(user, activity, issue, BY_CLOSENESS[reason].code()));
        }
    }

    private static int closeness(TargetType type) {
        for (int i = 0; i < BY_CLOSENESS.length; i++) {
            if (BY_CLOSENESS[i] == type) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.toString());
    }

    /** The newest items of one heavy user's feed: a ring of the last {@code capacity} deliveries. */
    private static final class Ring {
        private final long[] activities;
        private final long[] issues;
        private final byte[] reasons;
        private long added;

        Ring(int capacity) {
            activities = new long[capacity];
            issues = new long[capacity];
            reasons = new byte[capacity];
        }

        void add(long activityId, long issueId, int reason) {
            int at = (int) (added++ % activities.length);
            activities[at] = activityId;
            issues[at] = issueId;
            reasons[at] = (byte) reason;
        }

        interface Item {
            void accept(long activityId, long issueId, int reason);
        }

        void forEachOldestFirst(Item item) {
            long from = Math.max(0, added - activities.length);
            for (long n = from; n < added; n++) {
                int at = (int) (n % activities.length);
                item.accept(activities[at], issues[at], reasons[at]);
            }
        }
    }
}
