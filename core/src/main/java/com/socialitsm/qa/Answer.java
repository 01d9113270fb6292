package com.socialitsm.qa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.host.UserRef;

/** An answer to a question, with its votes and whether the asker accepted it. {@code body} is Markdown. */
public record Answer(
        long id,
        long questionId,
        String body,
        UserRef author,
        Instant createdAt,
        Optional<Instant> editedAt,
        int upvotes,
        int downvotes,
        boolean accepted) {

    public Answer {
        Objects.requireNonNull(body);
        Objects.requireNonNull(author);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(editedAt);
    }

    public int score() {
        return upvotes - downvotes;
    }
}
