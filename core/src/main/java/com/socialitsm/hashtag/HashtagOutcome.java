package com.socialitsm.hashtag;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a hashtag action that a user may be refused: done with a value, or rejected for a reason the REST
 * layer turns into its status code.
 */
public sealed interface HashtagOutcome<T> {

    /** Why an action was refused. */
    enum Reason {
        /** No such issue, or the user may not browse it (never told apart). */
        ISSUE_NOT_FOUND,
        /** Not one hashtag of the grammar; {@link Rejected#tags()} names them. */
        INVALID_TAG,
        /** Blocked by an administrator; {@link Rejected#tags()} names them. */
        BLOCKED_TAG,
        /** The tag is written in the issue's summary or description: edit the text to remove it. */
        WRITTEN_IN_TEXT,
        /** Only administrators may do this. */
        NOT_ADMIN,
        /** A merge or rename into a blocked tag. */
        TARGET_BLOCKED,
        /** A merge of a tag into itself. */
        SAME_TAG,
        /** A cursor this service did not hand out. */
        INVALID_CURSOR
    }

    record Done<T>(T value) implements HashtagOutcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    record Rejected<T>(Reason reason, List<String> tags) implements HashtagOutcome<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            tags = List.copyOf(tags);
        }
    }

    static <T> HashtagOutcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> HashtagOutcome<T> rejected(Reason reason, List<String> tags) {
        return new Rejected<>(reason, tags);
    }

    static <T> HashtagOutcome<T> rejected(Reason reason) {
        return new Rejected<>(reason, List.of());
    }
}
