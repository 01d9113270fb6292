package com.socialitsm.idea;

/** An idea's vote count after a vote or unvote, and whether the voter's vote stands. */
public record IdeaVotes(long id, int votes, boolean voted) {
}
