package com.socialitsm.kudos;

import java.time.Instant;
import java.util.Objects;

/** Kudos one person gave another, with the message (plain text; render it as text) and the issue, if any. */
public record GivenKudos(long id, String from, String fromName, String to, String toName, String issueKey,
                         String message, int points, Instant at) {
    public GivenKudos {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
