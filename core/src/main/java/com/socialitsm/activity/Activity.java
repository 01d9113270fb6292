package com.socialitsm.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded activity, as read back. {@code issueId} is 0 for a project-wide activity; {@code sourceKey} says what
 * caused it (see {@link ActivityDraft}), e.g. which question or answer a Q&amp;A activity is about.
 */
public record Activity(
        long id,
        Verb verb,
        String actor,
        long issueId,
        long projectId,
        List<String> hashtags,
        String detail,
        Optional<String> subjectUser,
        Instant at,
        String sourceKey) {
}
