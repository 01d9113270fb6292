package com.socialitsm.qa;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The outcome of a Q&amp;A operation: a value, or the reason it was refused. Hidden and missing things are both
 * {@link Problem#NOT_FOUND}, so no answer reveals that a hidden issue or question exists.
 */
public final class QaResult<T> {

    public enum Problem {
        /** The input breaks a rule (a limit, a malformed cursor); the message says which. */
        INVALID,
        /** No such thing, or the viewer may not see it. */
        NOT_FOUND,
        /** The viewer sees it but may not do this (accept someone else's question, edit another's answer). */
        FORBIDDEN,
        /** The state does not allow it (already linked to an issue, not the accepted answer). */
        CONFLICT
    }

    private final T value;
    private final Problem problem;
    private final String message;

    private QaResult(T value, Problem problem, String message) {
        this.value = value;
        this.problem = problem;
        this.message = message;
    }

    public static <T> QaResult<T> ok(T value) {
        return new QaResult<>(Objects.requireNonNull(value), null, "");
    }

    public static <T> QaResult<T> rejected(Problem problem, String message) {
        return new QaResult<>(null, Objects.requireNonNull(problem), Objects.requireNonNull(message));
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value; only for a result that {@link #isOk()}. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException("Rejected (" + problem + "): " + message);
        }
        return value;
    }

    /** The reason for a rejected result; only for one that is not {@link #isOk()}. */
    public Problem problem() {
        if (problem == null) {
            throw new IllegalStateException("Not rejected");
        }
        return problem;
    }

    public String message() {
        return message;
    }

    /** The value, or the exception the caller makes of the problem (the REST layer makes a 4xx of it). */
    public <X extends RuntimeException> T orElseThrow(BiFunction<Problem, String, X> failure) {
        if (problem != null) {
            throw failure.apply(problem, message);
        }
        return value;
    }

    @Override
    public String toString() {
        return problem == null ? "ok(" + value + ")" : problem + "(" + message + ")";
    }
}
