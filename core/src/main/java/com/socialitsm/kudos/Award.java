package com.socialitsm.kudos;

import java.time.Instant;
import java.util.Objects;

/**
 * One ledger row as a viewer may see it, with what caused it: an issue ({@code issueKey}), a question
 * ({@code questionId} &gt; 0), a kudos giver ({@code fromUser}), a hashtag ({@code tag}). When the cause is an issue or
 * question the viewer may not browse, {@code sourceHidden} is set and those fields are empty: the points still count,
 * the issue is never shown.
 *
 * @param reason   the rule: resolved, first-tag, first-response, answer-accepted, answer-upvoted, kudos
 * @param reversal a reversal of an earlier award (negative points), e.g. after a reopen
 * @param fromName the kudos giver's display name (empty without a giver)
 */
public record Award(long id, int points, String reason, Instant at, boolean reversal, String issueKey,
                    String issueSummary, long questionId, String fromUser, String tag, boolean sourceHidden,
                    String fromName) {
    public Award {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(issueSummary, "issueSummary");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(fromName, "fromName");
    }
}
