package com.socialitsm.follow;

/**
 * Where a user stands with one target. {@code id} is the name the user knows it by (issue key, tag, user key,
 * project key); {@code followers} counts who follows it, muted users not included.
 */
public record FollowStatus(TargetType type, String id, boolean following, boolean muted, int followers) {
}
