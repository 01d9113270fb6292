package com.socialitsm.web.rest;

import com.socialitsm.follow.Follow;

/**
 * One row of GET {@code /follows}: the contract's {type, id, since} (ISO-8601), whether muted or automatic, and a
 * title to show beside the id (the summary, the project's or person's name; "" for a hashtag).
 */
public record FollowListEntryJson(String type, String id, String since, boolean muted, boolean auto, String title) {
    static FollowListEntryJson of(Follow follow) {
        return new FollowListEntryJson(follow.type().code(), follow.id(), follow.since().toString(), follow.muted(),
                follow.auto(), follow.title());
    }
}
