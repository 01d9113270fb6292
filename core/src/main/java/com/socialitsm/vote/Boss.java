package com.socialitsm.vote;

import java.time.Instant;
import java.util.Objects;

/**
 * A project's "boss": its most-upvoted open issue (ties: the older issue id). Whoever resolves it earns the boss-fight
 * badge and the boss bonus.
 *
 * @param since when the issue's first recorded activity happened (its creation as the app saw it), else its first
 *              vote: what the leaderboard shows as the boss's age
 */
public record Boss(long issueId, String issueKey, String summary, int votes, Instant since) {
    public Boss {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(since, "since");
    }
}
