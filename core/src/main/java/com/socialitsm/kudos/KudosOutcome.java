package com.socialitsm.kudos;

import java.util.Objects;

/** The answer to giving kudos: the result and, when given, the kudos id, the receiver's key and the points. */
public record KudosOutcome(KudosResult result, long id, String to, int points) {
    public KudosOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(to, "to");
    }

    static KudosOutcome refused(KudosResult result, String to) {
        return new KudosOutcome(result, 0, to, 0);
    }
}
