package com.socialitsm.outcome;

import java.util.List;
import java.util.Objects;

/**
 * Why an action was refused: its {@link Problem} (the status code), a stable machine-readable {@code code} (the
 * {@code error} field of REST's JSON error, e.g. {@code invalid_tag}; clients branch on it), a sentence for people,
 * and the {@code subjects} it is about (the tags that were refused), possibly none.
 */
public record Refusal(Problem problem, String code, String message, List<String> subjects) {
    public Refusal {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        subjects = List.copyOf(subjects);
    }
}
