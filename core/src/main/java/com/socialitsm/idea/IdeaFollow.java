package com.socialitsm.idea;

/** Whether a user follows an idea, after they chose to follow or unfollow it. */
public record IdeaFollow(long id, boolean following) {
}
