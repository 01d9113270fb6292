package com.socialitsm.kudos;

import java.util.Objects;

/** Kudos given: its id, the receiver's key and the points it was worth (maybe 0 for a repeat). */
public record KudosReceipt(long id, String to, int points) {
    public KudosReceipt {
        Objects.requireNonNull(to, "to");
    }
}
