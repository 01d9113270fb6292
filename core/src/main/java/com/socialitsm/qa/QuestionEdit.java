package com.socialitsm.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An author's edit of their question: each part that is present replaces the current one. */
public record QuestionEdit(Optional<String> title, Optional<String> body, Optional<List<String>> hashtags) {
    public QuestionEdit {
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        hashtags = Objects.requireNonNull(hashtags).map(List::copyOf);
    }
}
