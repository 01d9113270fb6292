package com.socialitsm.kudos;

import java.time.Instant;
import java.util.Objects;

/**
 * Points the viewer earned on an issue a moment ago (resolving it, a first response), so the issue view can tell them
 * right after the change: {@code id} is the ledger row's, which the page remembers so it says so once.
 */
public record JustEarned(long id, int points, String reason, Instant at) {
    public JustEarned {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
