package com.socialitsm.kudos;

import java.util.Objects;

/**
 * An answer that earns its author points, as the Q&A feature describes it to {@link KudosService}.
 *
 * @param issueId   the issue the question was asked on, 0 for a project-wide question
 * @param projectId the question's project, for per-project leaderboards
 */
public record AnswerCredit(long answerId, long questionId, String author, long projectId, long issueId) {
    public AnswerCredit {
        Objects.requireNonNull(author, "author");
    }
}
