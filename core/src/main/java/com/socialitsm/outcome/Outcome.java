package com.socialitsm.outcome;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer of every user action and read that may be refused, in every feature: done with a value, or refused
 * with a {@link Refusal}. Services return it instead of throwing for what a user may cause (a hidden issue, a bad
 * tag, a second thanks); the REST layer turns a refusal into its status code in one place (web's {@code Outcomes}).
 */
public sealed interface Outcome<T> {

    /** Done: the value the action produced or the read found. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Refused: nothing was changed. */
    record Refused<T>(Refusal refusal) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(Problem problem, String code, String message) {
        return new Refused<>(new Refusal(problem, code, message, List.of()));
    }

    static <T> Outcome<T> refused(Problem problem, String code, String message, List<String> subjects) {
        return new Refused<>(new Refusal(problem, code, message, subjects));
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The value of a done outcome; {@link IllegalStateException} for a refused one (a programming error). */
    default T value() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Refused: " + ((Refused<T>) this).refusal());
    }

    /** The same refusal, or the value mapped. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapping.apply(done.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }
}
