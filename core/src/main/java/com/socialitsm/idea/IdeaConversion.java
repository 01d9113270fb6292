package com.socialitsm.idea;

import java.time.Duration;

/**
 * An agent's claim to turn an idea into an issue, held in the idea's ISSUE_ID column while the host creates the issue:
 * 0 means "no issue", a positive value is the issue's id, and a negative value is a claim, minus the moment it was
 * made (epoch milliseconds). Kept in the existing column, so the claim needs no schema change and is set and checked
 * under the idea's row lock like every other write to it.
 *
 * @param marker the negative ISSUE_ID value that is this claim
 */
record IdeaConversion(long marker) {
    /** A claim older than this is from a node that died while creating the issue; another agent may take it over. */
    static final Duration CLAIM_EXPIRY = Duration.ofMinutes(5);

    IdeaConversion {
        if (marker >= 0) {
            throw new IllegalArgumentException("A claim is a negative ISSUE_ID");
        }
    }

    /**
     * A new claim made at {@code nowMillis}; distinct from {@code previousIssueId} (an expired claim taken over in the
     * same millisecond), so that the owner of the old claim can tell that it is no longer theirs.
     */
    static IdeaConversion claim(long nowMillis, long previousIssueId) {
        long marker = -Math.max(1, nowMillis);
        return new IdeaConversion(marker == previousIssueId ? marker - 1 : marker);
    }

    /** Whether ISSUE_ID holds a claim that has not expired at {@code nowMillis}. */
    static boolean inForce(long issueId, long nowMillis) {
        return issueId < 0 && nowMillis - (-issueId) < CLAIM_EXPIRY.toMillis();
    }
}
