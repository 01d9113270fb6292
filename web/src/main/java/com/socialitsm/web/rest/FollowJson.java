package com.socialitsm.web.rest;

import com.socialitsm.follow.FollowStatus;

/** The answer of PUT/DELETE/GET {@code /follows/{type}/{id}}: the contract's {type, id, following} and more. */
public record FollowJson(String type, String id, boolean following, boolean muted, int followers) {
    static FollowJson of(FollowStatus status) {
        return new FollowJson(status.type().code(), status.id(), status.following(), status.muted(),
                status.followers());
    }
}
