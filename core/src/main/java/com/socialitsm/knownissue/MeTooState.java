package com.socialitsm.knownissue;

/** A known issue's "me too" count and whether the caller said it. */
public record MeTooState(long id, int meToo, boolean myMeToo) {
}
