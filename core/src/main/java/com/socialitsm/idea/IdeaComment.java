package com.socialitsm.idea;

import java.time.Instant;
import java.util.Objects;

/** A comment on an idea: its Markdown source and the sanitized HTML shown for it. */
public record IdeaComment(long id, String author, String body, String bodyHtml, Instant createdAt) {
    public IdeaComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
