package com.socialitsm.qa;

/**
 * Thrown inside the service (often deep in a transaction, which it rolls back) and turned into a
 * {@link QaResult} at the service's public edge; never leaves the package.
 */
final class QaRejection extends RuntimeException {
    private final QaResult.Problem problem;

    QaRejection(QaResult.Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    static QaRejection invalid(String message) {
        return new QaRejection(QaResult.Problem.INVALID, message);
    }

    static QaRejection notFound(String message) {
        return new QaRejection(QaResult.Problem.NOT_FOUND, message);
    }

    static QaRejection forbidden(String message) {
        return new QaRejection(QaResult.Problem.FORBIDDEN, message);
    }

    static QaRejection conflict(String message) {
        return new QaRejection(QaResult.Problem.CONFLICT, message);
    }

    <T> QaResult<T> toResult() {
        return QaResult.rejected(problem, getMessage());
    }
}
