package com.socialitsm.web.rest;

import java.util.List;
import java.util.Map;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.Person;

/**
 * One feed item: the contract's {id, verb, actor, issueKey, summary, hashtags, text, at} plus display names, the
 * people of a folded burst ({@code actors}, {@code count}), the project, why it is in the feed and whom it is about.
 * {@code issueKey} is null for a project-wide activity; {@code at} is ISO-8601. {@code questionId} is the question
 * a Q&amp;A item (asked, answered, accepted) is about, so the item links to it (null otherwise).
 */
public record FeedItemJson(
        long id,
        String verb,
        String actor,
        String actorName,
        String actorAvatar,
        List<PersonJson> actors,
        int count,
        String issueKey,
        String summary,
        String projectKey,
        List<String> hashtags,
        String text,
        String at,
        String reason,
        String subjectUser,
        String subjectName,
        Long questionId) {

    static FeedItemJson of(FeedItem item) {
        return of(item, Map.of());
    }

    /** questionOfAnswer: the question of each answer a page's items are about ({@link FeedPageJson#of}). */
    static FeedItemJson of(FeedItem item, Map<Long, Long> questionOfAnswer) {
        return new FeedItemJson(
                item.id(),
                item.verb().code(),
                item.actor().key(),
                item.actor().displayName(),
                item.actor().avatarUrl(),
                item.actors().stream().map(PersonJson::of).toList(),
                item.count(),
                item.issueKey().orElse(null),
                item.summary(),
                item.projectKey(),
                item.hashtags(),
                item.text(),
                item.at().toString(),
                item.reason().map(r -> r.code()).orElse(null),
                item.subject().map(Person::key).orElse(null),
                item.subject().map(Person::displayName).orElse(null),
                item.post().map(post -> post.answer() ? questionOfAnswer.get(post.id()) : Long.valueOf(post.id()))
                        .orElse(null));
    }
}
