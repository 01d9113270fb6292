package com.socialitsm.kudos;

import java.time.Instant;
import java.util.Objects;

/** A badge a user holds, and since when. */
public record EarnedBadge(Badge badge, Instant awardedAt) {
    public EarnedBadge {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(awardedAt, "awardedAt");
    }
}
