package com.socialitsm.follow;

import java.util.Objects;

/**
 * A followable thing as stored: the type and its stable id — an issue or project by numeric id (keys change when an
 * issue moves), a hashtag by its normalized tag, a user by user key. {@link #key()} is the stored form
 * ({@code "issue:10001"}) used in FOLLOW.TARGET, ACTIVITY_TARGET.TARGET and FOLLOW_KEY.
 */
public record FollowTarget(TargetType type, String id) {
    /** TARGET is 140 characters; the longest type code and separator take 8. */
    static final int MAX_ID_LENGTH = 132;

    public FollowTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!canHold(id)) {
            throw new IllegalArgumentException("A target id is 1-" + MAX_ID_LENGTH + " characters: " + id);
        }
    }

    /** Whether an id fits a stored target (a user key of more than 132 characters does not). */
    public static boolean canHold(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH;
    }

    public static FollowTarget issue(long issueId) {
        return new FollowTarget(TargetType.ISSUE, Long.toString(issueId));
    }

    public static FollowTarget hashtag(String normalizedTag) {
        return new FollowTarget(TargetType.HASHTAG, normalizedTag);
    }

    public static FollowTarget user(String userKey) {
        return new FollowTarget(TargetType.USER, userKey);
    }

    public static FollowTarget idea(long ideaId) {
        return new FollowTarget(TargetType.IDEA, Long.toString(ideaId));
    }

    public static FollowTarget project(long projectId) {
        return new FollowTarget(TargetType.PROJECT, Long.toString(projectId));
    }

    /** The stored form, e.g. {@code "hashtag:vpn"}. */
    public String key() {
        return type.code() + ":" + id;
    }

    /** The target of a stored form such as {@code "user:bob"}. */
    public static FollowTarget parse(String key) {
        int colon = key.indexOf(':');
        TargetType type = colon < 0 ? null : TargetType.fromCode(key.substring(0, colon)).orElse(null);
        if (type == null) {
            throw new IllegalArgumentException("Not a stored follow target: " + key);
        }
        return new FollowTarget(type, key.substring(colon + 1));
    }

    /** The numeric id of an issue or project target. */
    long numericId() {
        return Long.parseLong(id);
    }

    @Override
    public String toString() {
        return key();
    }
}
