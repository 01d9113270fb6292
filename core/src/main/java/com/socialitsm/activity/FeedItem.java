package com.socialitsm.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.socialitsm.follow.TargetType;

/**
 * One item of a feed: one activity, or a burst of activities with the same verb on the same issue that came one
 * after another ("bob and 3 others commented on SD-12"). Fields of the group are those of its newest activity;
 * {@code actors} lists who took part, newest first, each once, and {@code count} how many activities it stands for.
 *
 * @param id       the newest activity's id
 * @param issueKey empty for a project-wide activity
 * @param reason   the kind of follow that brought it into the viewer's feed (empty in a target's stream)
 * @param post     the question or answer a Q&amp;A item is about, so the item can lead to it
 */
public record FeedItem(
        long id,
        Verb verb,
        Person actor,
        List<Person> actors,
        int count,
        Optional<String> issueKey,
        String summary,
        String projectKey,
        List<String> hashtags,
        String text,
        Instant at,
        Optional<TargetType> reason,
        Optional<Person> subject,
        Optional<QaPostRef> post) {
}
