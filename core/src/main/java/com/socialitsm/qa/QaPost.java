package com.socialitsm.qa;

import java.util.List;
import java.util.Objects;

/**
 * A question or answer as the features that react to Q&amp;A see it (points, feed, follows).
 *
 * @param questionId    the question, or the question the answer belongs to
 * @param answerId      the answer, 0 when the post is the question itself
 * @param author        who wrote the post
 * @param asker         who asked the question (equal to {@code author} for a question)
 * @param projectId     the question's project
 * @param issueId       the issue the question was asked on, 0 for a project-wide question
 * @param questionTitle the question's title, for feed entries
 * @param hashtags      the question's normalized hashtags, so that followers of a tag hear of it
 */
public record QaPost(long questionId, long answerId, String author, String asker, long projectId, long issueId,
        String questionTitle, List<String> hashtags) {

    public QaPost {
        Objects.requireNonNull(author);
        Objects.requireNonNull(asker);
        Objects.requireNonNull(questionTitle);
        hashtags = List.copyOf(hashtags);
    }

    public boolean isAnswer() {
        return answerId != 0;
    }

    /** The stable name of this post, e.g. {@code q:12} or {@code a:40}, as used in vote rows and ledger keys. */
    public String key() {
        return isAnswer() ? "a:" + answerId : "q:" + questionId;
    }
}
