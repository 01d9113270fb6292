package com.socialitsm.qa;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.host.UserRef;

/**
 * A question as a viewer sees it in lists and on its page.
 *
 * @param body             the Markdown source (HTML is rendered on demand, see {@link QuestionDetail})
 * @param issueKey         the issue it was asked on, empty for a project-wide question
 * @param acceptedAnswerId the accepted answer, 0 if none
 * @param raisedIssueKey   the issue raised from this question, if any
 * @param portalId         the customer portal it belongs to, 0 for the agents' internal Q&amp;A
 */
public record Question(
        long id,
        String title,
        String body,
        UserRef author,
        Optional<String> issueKey,
        String projectKey,
        List<String> hashtags,
        Instant createdAt,
        Optional<Instant> editedAt,
        int score,
        int answerCount,
        long acceptedAnswerId,
        Optional<String> raisedIssueKey,
        long portalId) {

    public Question {
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        Objects.requireNonNull(author);
        Objects.requireNonNull(issueKey);
        Objects.requireNonNull(projectKey);
        hashtags = List.copyOf(hashtags);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(editedAt);
        Objects.requireNonNull(raisedIssueKey);
    }

    /** Whether an answer was accepted. */
    public boolean answered() {
        return acceptedAnswerId != 0;
    }
}
