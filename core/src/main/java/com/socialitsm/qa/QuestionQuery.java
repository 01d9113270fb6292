package com.socialitsm.qa;

import java.util.Objects;
import java.util.Optional;

/**
 * A question listing: optional filters (project key, issue key, hashtag, words of the title), an order, the cursor
 * of the page to continue from, and the page size.
 */
public record QuestionQuery(Optional<String> projectKey, Optional<String> issueKey, Optional<String> tag,
        Optional<String> text, QuestionSort sort, Optional<String> cursor, int limit) {

    public QuestionQuery {
        Objects.requireNonNull(projectKey);
        Objects.requireNonNull(issueKey);
        Objects.requireNonNull(tag);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sort);
        Objects.requireNonNull(cursor);
    }

    /** Every visible question, newest first. */
    public static QuestionQuery newest(int limit) {
        return new QuestionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                QuestionSort.NEWEST, Optional.empty(), limit);
    }

    public QuestionQuery inProject(String key) {
        return new QuestionQuery(Optional.of(key), issueKey, tag, text, sort, cursor, limit);
    }

    public QuestionQuery onIssue(String key) {
        return new QuestionQuery(projectKey, Optional.of(key), tag, text, sort, cursor, limit);
    }

    public QuestionQuery taggedWith(String hashtag) {
        return new QuestionQuery(projectKey, issueKey, Optional.of(hashtag), text, sort, cursor, limit);
    }

    public QuestionQuery matching(String words) {
        return new QuestionQuery(projectKey, issueKey, tag, Optional.of(words), sort, cursor, limit);
    }

    public QuestionQuery sortedBy(QuestionSort order) {
        return new QuestionQuery(projectKey, issueKey, tag, text, order, cursor, limit);
    }

    public QuestionQuery after(String pageCursor) {
        return new QuestionQuery(projectKey, issueKey, tag, text, sort, Optional.of(pageCursor), limit);
    }
}
