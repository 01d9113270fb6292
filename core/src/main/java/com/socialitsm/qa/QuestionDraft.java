package com.socialitsm.qa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone asks: a title, an optional Markdown body, where (an issue, or a project for a project-wide
 * question) and hashtags they chose; tags written in the title or body are added to those.
 */
public record QuestionDraft(String title, String body, Optional<String> issueKey, Optional<String> projectKey,
        List<String> hashtags) {

    public QuestionDraft {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        Objects.requireNonNull(issueKey);
        Objects.requireNonNull(projectKey);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }

    public static QuestionDraft onIssue(String issueKey, String title, String body) {
        return new QuestionDraft(title, body, Optional.of(issueKey), Optional.empty(), List.of());
    }

    public static QuestionDraft inProject(String projectKey, String title, String body) {
        return new QuestionDraft(title, body, Optional.empty(), Optional.of(projectKey), List.of());
    }

    public QuestionDraft withHashtags(List<String> chosen) {
        return new QuestionDraft(title, body, issueKey, projectKey, chosen);
    }
}
