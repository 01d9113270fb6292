package com.socialitsm.qa;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;

/**
 * Thrown inside the feature (often deep in a transaction, which it rolls back) and turned into a refused
 * {@link Outcome} at the service's public edge; never leaves the package. Each kind carries the {@code error} code
 * that Q&amp;A's REST errors have always had (docs/api.md): {@code bad_request}, {@code not_found},
 * {@code forbidden}, {@code conflict}.
 */
final class QaRejection extends RuntimeException {
    private final Problem problem;
    private final String code;

    private QaRejection(Problem problem, String code, String message) {
        super(message, null, false, false);
        this.problem = problem;
        this.code = code;
    }

    static QaRejection invalid(String message) {
        return new QaRejection(Problem.INVALID, "bad_request", message);
    }

    static QaRejection notFound(String message) {
        return new QaRejection(Problem.NOT_FOUND, "not_found", message);
    }

    static QaRejection forbidden(String message) {
        return new QaRejection(Problem.FORBIDDEN, "forbidden", message);
    }

    static QaRejection notLoggedIn() {
        return new QaRejection(Problem.NOT_LOGGED_IN, "not_logged_in", "Please log in first.");
    }

    static QaRejection conflict(String message) {
        return new QaRejection(Problem.CONFLICT, "conflict", message);
    }

    <T> Outcome<T> toOutcome() {
        return Outcome.refused(problem, code, getMessage());
    }
}
