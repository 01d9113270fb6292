package com.socialitsm.qa;

/** A post's score after a vote, and the voter's own vote (+1, -1 or 0). */
public record VoteTally(int score, int myVote) {
}
