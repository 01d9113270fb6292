package com.socialitsm.vote;

import java.util.Objects;

/**
 * What a vote or unvote did, and the status afterwards. Voting twice or withdrawing no vote is not a refusal:
 * the caller is where they asked to be, and the REST answer is the same status either way.
 */
public record VoteChange(Effect effect, VoteStatus status) {
    public VoteChange {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(status, "status");
    }

    public enum Effect {
        /** The vote was recorded. */
        VOTED,
        /** The user had voted already (a double click, or two tabs racing): nothing changed. */
        ALREADY_VOTED,
        /** The vote was withdrawn. */
        UNVOTED,
        /** There was no vote to withdraw: nothing changed. */
        NOT_VOTED
    }
}
