package com.socialitsm.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.host.IssueRef;

/**
 * An activity to record. Build one with {@link #onIssue} or {@link #inProject} and the {@code with...} methods.
 *
 * @param sourceKey   identifies what caused it (e.g. {@code "vote:10001|bob"}): recording the same source key twice
 *                    records one activity. At most 200 characters.
 * @param issueId     the issue it is about, or 0 for a project-wide activity (a question not tied to an issue)
 * @param hashtags    the issue's normalized tags at the time; followers of each receive the activity
 * @param detail      a short text to show (comment start, kudos message, question title); cut to size on record
 * @param subjectUser the user it is about, if any (the assignee, the receiver of kudos); their followers receive it
 */
public record ActivityDraft(
        String sourceKey,
        Verb verb,
        String actor,
        long issueId,
        long projectId,
        List<String> hashtags,
        String detail,
        Optional<String> subjectUser,
        Instant at) {

    public static final int MAX_SOURCE_KEY_LENGTH = 200;

    public ActivityDraft {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subjectUser, "subjectUser");
        Objects.requireNonNull(at, "at");
        if (sourceKey.isBlank() || sourceKey.length() > MAX_SOURCE_KEY_LENGTH) {
            throw new IllegalArgumentException("sourceKey must be 1-" + MAX_SOURCE_KEY_LENGTH + " characters");
        }
        hashtags = hashtags == null ? List.of() : hashtags.stream().filter(t -> t != null && !t.isBlank())
                .distinct().toList();
        detail = detail == null ? "" : detail;
    }

    /** An activity on an issue, with the issue's current tags. */
    public static ActivityDraft onIssue(String sourceKey, Verb verb, String actor, IssueRef issue,
            Collection<String> hashtags, Instant at) {
        return new ActivityDraft(sourceKey, verb, actor, issue.id(), issue.projectId(), List.copyOf(hashtags), "",
                Optional.empty(), at);
    }

    /** A project-wide activity, tied to no issue. */
    public static ActivityDraft inProject(String sourceKey, Verb verb, String actor, long projectId,
            Collection<String> hashtags, Instant at) {
        return new ActivityDraft(sourceKey, verb, actor, 0, projectId, List.copyOf(hashtags), "", Optional.empty(),
                at);
    }

    public ActivityDraft withDetail(String text) {
        return new ActivityDraft(sourceKey, verb, actor, issueId, projectId, hashtags, text, subjectUser, at);
    }

    public ActivityDraft withSubjectUser(String userKey) {
        return new ActivityDraft(sourceKey, verb, actor, issueId, projectId, hashtags, detail,
                Optional.ofNullable(userKey), at);
    }
}
