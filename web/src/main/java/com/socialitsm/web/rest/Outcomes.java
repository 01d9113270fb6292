package com.socialitsm.web.rest;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.outcome.Refusal;

/**
 * The one mapping from the domain's {@link Outcome} to HTTP: a done outcome is its value, a refused one an
 * {@link ApiException} with the status of its {@link Problem} and the refusal's own code and message, which
 * {@link ApiExceptionMapper} writes as the contract's JSON error.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /** The value of a done outcome; a refused one throws the matching 4xx. */
    public static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw exception(refused.refusal());
        }
        return outcome.value();
    }

    static ApiException exception(Refusal refusal) {
        return new ApiException(status(refusal.problem()), refusal.code(), refusal.message());
    }

    static int status(Problem problem) {
        return switch (problem) {
            case INVALID -> 400;
            case NOT_LOGGED_IN -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case LIMITED -> 429;
        };
    }
}
