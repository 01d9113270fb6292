package com.socialitsm.knownissue;

/** Whether the caller follows the known issue. */
public record FollowState(long id, boolean following) {
}
