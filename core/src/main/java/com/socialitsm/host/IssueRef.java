package com.socialitsm.host;

import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows of an issue: its identity, where it lives, who is on it, and the texts hashtags come from.
 * Hosts build it at their edge; the engine never sees a host's own issue type.
 */
public record IssueRef(
        long id,
        String key,
        long projectId,
        String projectKey,
        String summary,
        String description,
        String status,
        boolean resolved,
        Optional<String> assignee,
        Optional<String> reporter) {

    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        status = status == null ? "" : status;
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reporter, "reporter");
    }
}
