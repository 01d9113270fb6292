package com.socialitsm.idea;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An idea as a board lists it, for one viewer.
 *
 * @param voted     whether the viewer voted for it
 * @param issueKey  the issue it was turned into, or "" before
 */
public record Idea(long id, String projectKey, String title, String author, IdeaStatus status, int votes,
                   boolean voted, List<String> hashtags, int comments, String issueKey, Instant createdAt) {
    public Idea {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(status, "status");
        hashtags = List.copyOf(hashtags);
        issueKey = issueKey == null ? "" : issueKey;
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
