package com.socialitsm.web.rest;

import com.socialitsm.follow.Follow;

/** One row of GET {@code /follows}: the contract's {type, id, since} (ISO-8601) and whether muted or automatic. */
public record FollowListEntryJson(String type, String id, String since, boolean muted, boolean auto) {
    static FollowListEntryJson of(Follow follow) {
        return new FollowListEntryJson(follow.type().code(), follow.id(), follow.since().toString(), follow.muted(),
                follow.auto());
    }
}
