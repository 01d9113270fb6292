package com.socialitsm.vote;

import java.util.Objects;

/**
 * The answer to a vote or unvote: what happened and the issue's status afterwards (for {@link VoteResult#NOT_FOUND}
 * the key as asked, a count of 0 and not voted, so nothing about a hidden issue leaks).
 */
public record VoteOutcome(VoteResult result, VoteStatus status) {
    public VoteOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(status, "status");
    }

    static VoteOutcome notFound(String issueKey) {
        return new VoteOutcome(VoteResult.NOT_FOUND, new VoteStatus(issueKey, 0, false));
    }
}
