package com.socialitsm.host;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to one issue, as a host delivers it to the engine: the Jira app builds it from an {@code IssueEvent},
 * the devhost from its demo tracker. It is handled in exactly one database transaction.
 *
 * @param changeId   identifies this change for idempotency: the same change delivered twice has the same id
 *                   (Jira: the change group or comment id with the event type; never a random value)
 * @param issue      the issue after the change
 * @param actor      user key of who made the change
 * @param kind       what happened
 * @param comment    the comment body for {@link Kind#COMMENTED}, else empty
 * @param previousAssignee for {@link Kind#ASSIGNED}: who was assigned before (empty if nobody)
 * @param at         when it happened
 */
public record IssueChange(
        String changeId,
        IssueRef issue,
        String actor,
        Kind kind,
        Optional<String> comment,
        Optional<String> previousAssignee,
        Instant at) {

    public enum Kind { CREATED, UPDATED, COMMENTED, ASSIGNED, RESOLVED, REOPENED, DELETED }

    public IssueChange {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(previousAssignee, "previousAssignee");
        Objects.requireNonNull(at, "at");
        if (changeId.isBlank() || changeId.length() > 180) {
            throw new IllegalArgumentException("changeId must be 1-180 characters");
        }
    }

    public static IssueChange of(String changeId, IssueRef issue, String actor, Kind kind, Instant at) {
        return new IssueChange(changeId, issue, actor, kind, Optional.empty(), Optional.empty(), at);
    }

    public IssueChange withComment(String body) {
        return new IssueChange(changeId, issue, actor, kind, Optional.of(body), previousAssignee, at);
    }

    public IssueChange withPreviousAssignee(String userKey) {
        return new IssueChange(changeId, issue, actor, kind, comment, Optional.ofNullable(userKey), at);
    }
}
