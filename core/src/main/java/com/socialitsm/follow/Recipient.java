package com.socialitsm.follow;

/** A user who receives an activity in their feed, and the type of the follow that brought it (shown as why). */
public record Recipient(String userKey, TargetType reason) {
}
