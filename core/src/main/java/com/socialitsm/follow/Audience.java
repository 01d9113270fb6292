package com.socialitsm.follow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.settings.Settings;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;

/**
 * Who receives what is followed, and by which path: the audience of an activity (fan-out on write), the follows a
 * feed page needs to explain its items and apply mutes, and the switch of heavy targets to fan-in on read (see
 * {@link FollowService} for the rule). The activity feature asks it through {@link FollowService}, the feature's face.
 */
final class Audience {
    private final Store store;
    private final Settings settings;

    Audience(Store store, Settings settings) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
    }

    /** See {@link FollowService#audienceOf(Collection, String, Optional)}. */
    List<Recipient> of(Collection<FollowTarget> targets, String actor, Optional<String> subject) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return recipients(rowsOf(targets), Set.of(), TargetType.ISSUE, actor, subject);
    }

    /**
     * The follows an activity on these targets is delivered by, in one statement: every fan-out follow and every
     * mute of them. For a target that never fans in (an issue) that is every row it has.
     */
    FollowEntity[] rowsOf(Collection<FollowTarget> targets) {
        List<String> keys = targets.stream().map(FollowTarget::key).distinct().toList();
        List<Object> params = new ArrayList<>(keys);
        params.add(false);
        params.add(true);
        // Muted follows of a fan-in target are read too (a mute is rare): they silence the user here as well.
        return store.find(FollowEntity.class, Query.select()
                .where(InList.in("TARGET", keys.size()) + " AND (FAN_IN = ? OR MUTED = ?)", params.toArray()));
    }

    /**
     * The audience from the rows {@link #rowsOf} read, and {@code newFollowers} following a target of type
     * {@code newFollowType} since (followed after the rows were read).
     */
    List<Recipient> recipients(FollowEntity[] rows, Set<String> newFollowers, TargetType newFollowType, String actor,
                               Optional<String> subject) {
        Map<String, TargetType> reasons = new LinkedHashMap<>();
        Set<String> muted = new HashSet<>();
        for (FollowEntity row : rows) {
            String user = row.getFollower();
            if (row.isMuted()) {
                muted.add(user);
                continue;
            }
            TargetType type = FollowTarget.parse(row.getTarget()).type();
            reasons.merge(user, type, (a, b) -> a.closeness() <= b.closeness() ? a : b);
        }
        for (String user : newFollowers) {
            reasons.merge(user, newFollowType, (a, b) -> a.closeness() <= b.closeness() ? a : b);
        }
        List<Recipient> audience = new ArrayList<>(reasons.size());
        reasons.forEach((user, reason) -> {
            if (!muted.contains(user) && !user.equals(actor)) {
                audience.add(new Recipient(user, reason));
            }
        });
        subject.filter(user -> !user.isBlank() && !user.equals(actor) && !muted.contains(user)
                        && !reasons.containsKey(user))
                .ifPresent(user -> audience.add(Recipient.subject(user)));
        return audience;
    }

    /** See {@link FollowService#mutedByFollowedTarget}. */
    Map<FollowTarget, Boolean> mutedByFollowedTarget(String userKey, Collection<FollowTarget> targets) {
        Map<FollowTarget, Boolean> followed = new HashMap<>();
        List<String> keys = targets.stream().distinct().map(target -> FollowService.followKey(userKey, target))
                .toList();
        for (List<String> chunk : InList.chunks(keys)) {
            for (FollowEntity row : store.find(FollowEntity.class, Query.select()
                    .where(InList.in("FOLLOW_KEY", chunk.size()), chunk.toArray()))) {
                followed.put(FollowTarget.parse(row.getTarget()), row.isMuted());
            }
        }
        return followed;
    }

    // ---- fan-in on read --------------------------------------------------------------------------------------

    int fanInThreshold() {
        return settings.get(FollowService.FAN_IN_THRESHOLD_KEY).map(String::trim)
                .filter(v -> v.matches("[0-9]{1,9}"))
                .map(Integer::parseInt).orElse(FollowService.DEFAULT_FAN_IN_THRESHOLD);
    }

    void setFanInThreshold(int followers) {
        if (followers < 1) {
            throw new IllegalArgumentException("The fan-in threshold is a positive follower count");
        }
        settings.put(FollowService.FAN_IN_THRESHOLD_KEY, Integer.toString(followers));
    }

    boolean isFanIn(FollowTarget target) {
        if (!canFanIn(target)) {
            return false;
        }
        return store.find(FollowEntity.class, Query.select("ID")
                .where("TARGET = ? AND FAN_IN = ?", target.key(), true).limit(1)).length > 0;
    }

    /** See {@link FollowService#switchToFanIn}. */
    int switchToFanIn(FollowTarget target) {
        if (!canFanIn(target)) {
            throw new IllegalArgumentException("Issues are always fanned out: " + target);
        }
        return store.executeInTransaction(() -> {
            FollowEntity[] rows = store.find(FollowEntity.class, Query.select()
                    .where("TARGET = ? AND FAN_IN = ?", target.key(), false));
            if (rows.length == 0) {
                return 0;
            }
            List<Map<String, Object>> switched = new ArrayList<>(rows.length);
            for (FollowEntity row : rows) {
                switched.add(FollowService.row(row.getFollower(), target, row.getSince(), row.isAuto(),
                        row.isMuted(), true));
            }
            store.deleteWithSQL(FollowEntity.class, "TARGET = ? AND FAN_IN = ?", target.key(), false);
            store.create(FollowEntity.class, switched);
            return switched.size();
        });
    }

    /** Issues and ideas stay on fan-out: bounded followers (participants), and mutes act at delivery. */
    static boolean canFanIn(FollowTarget target) {
        return target.type() != TargetType.ISSUE && target.type() != TargetType.IDEA;
    }
}
