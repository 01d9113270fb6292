package com.socialitsm.kudos;

import java.time.Instant;
import java.util.Objects;

/**
 * Kudos one person gave another, with the message (plain text; render it as text) and the issue, if any. When
 * {@code pointsHidden} (the receiver's points are hidden from the viewer: privacy mode, or the receiver opted out)
 * {@code points} is 0 and must not be shown as a number.
 */
public record GivenKudos(long id, String from, String fromName, String to, String toName, String issueKey,
                         String message, int points, boolean pointsHidden, Instant at) {
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
