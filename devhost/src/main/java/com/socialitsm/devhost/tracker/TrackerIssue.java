package com.socialitsm.devhost.tracker;

import java.time.Instant;
import java.util.Optional;

import com.socialitsm.host.IssueRef;

/** A demo issue as the tracker's edges (REST, pages) and the engine's ports see it. */
public record TrackerIssue(
        long id,
        String key,
        TrackerProject project,
        String summary,
        String description,
        String type,
        String status,
        Optional<String> resolution,
        Optional<String> assignee,
        Optional<String> reporter,
        Instant created,
        Instant updated,
        Optional<Instant> resolved) {

    public static final String STATUS_OPEN = "Open";
    public static final String STATUS_RESOLVED = "Resolved";
    public static final String STATUS_REOPENED = "Reopened";

    public boolean isResolved() {
        return resolution.isPresent();
    }

    public IssueRef toIssueRef() {
        return new IssueRef(id, key, project.id(), project.key(), summary, description, status, isResolved(),
                assignee, reporter);
    }
}
