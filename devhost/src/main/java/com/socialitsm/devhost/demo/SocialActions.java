package com.socialitsm.devhost.demo;

import java.util.List;
import java.util.Optional;

/**
 * What the demo data does with the app's features besides the tracker: votes, kudos, follows, questions. Each method
 * answers whether the feature took the action; the defaults say "not installed", so the demo script can name every
 * feature from day one and each starts to appear as soon as {@link AppSocialActions} calls its service.
 */
public interface SocialActions {

    default boolean vote(String user, String issueKey) {
        return false;
    }

    default boolean kudos(String from, String to, String issueKey, String message) {
        return false;
    }

    /** type: {@code issue}, {@code hashtag}, {@code user} or {@code project}, as in the REST API. */
    default boolean follow(String user, String type, String id) {
        return false;
    }

    /**
     * Asks a question about an issue or, without one, across a project; its id, or empty when Q&A is not installed.
     */
    default Optional<Long> ask(String user, String title, String body, Optional<String> issueKey,
                               Optional<String> projectKey, List<String> hashtags) {
        return Optional.empty();
    }

    default Optional<Long> answer(String user, long questionId, String body) {
        return Optional.empty();
    }

    default boolean accept(String user, long questionId, long answerId) {
        return false;
    }

    /** value: 1 or -1. */
    default boolean voteAnswer(String user, long answerId, int value) {
        return false;
    }

    /** Asks a poll; its id, or empty when polls are not installed. */
    default Optional<Long> askPoll(String asker, DemoScript.PollStory poll, java.time.Instant closesAt) {
        return Optional.empty();
    }

    /** options: the chosen options' indexes, from 0. */
    default boolean votePoll(String voter, long pollId, List<Integer> options) {
        return false;
    }
}
