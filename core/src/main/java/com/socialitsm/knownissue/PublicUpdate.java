package com.socialitsm.knownissue;

import java.time.Instant;
import java.util.Objects;

/** An agent's public update on a known issue, as its followers read it (no author: agents speak as the desk). */
public record PublicUpdate(long id, String message, KnownIssueStatus status, Instant createdAt) {
    public PublicUpdate {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
