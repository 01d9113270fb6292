package com.socialitsm.qa;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the Q&A reported, and keeps the points balance those reports would give under a simple rule
 * (accepted answer +15, answer upvote +5, each reversal the opposite), so tests can check that awards and their
 * reversals pair up exactly.
 */
final class RecordingQaEvents implements QaEvents {
    static final int ACCEPTED = 15;
    static final int UPVOTE = 5;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> points = new ConcurrentHashMap<>();

    @Override
    public void questionAsked(QaPost question) {
        log.add("asked " + question.key() + " by " + question.author());
    }

    @Override
    public void answerPosted(QaPost answer) {
        log.add("answered " + answer.key() + " by " + answer.author());
    }

    @Override
    public void answerAccepted(QaPost answer, String acceptedBy) {
        log.add("accepted " + answer.key() + " by " + acceptedBy);
        points.merge(answer.author(), ACCEPTED, Integer::sum);
    }

    @Override
    public void answerAcceptanceReversed(QaPost answer) {
        log.add("unaccepted " + answer.key());
        points.merge(answer.author(), -ACCEPTED, Integer::sum);
    }

    @Override
    public void answerUpvoted(QaPost answer, String voter) {
        log.add("upvoted " + answer.key() + " by " + voter);
        points.merge(answer.author(), UPVOTE, Integer::sum);
    }

    @Override
    public void answerUpvoteReversed(QaPost answer, String voter) {
        log.add("unupvoted " + answer.key() + " by " + voter);
        points.merge(answer.author(), -UPVOTE, Integer::sum);
    }

    @Override
    public void answerDeleted(QaPost answer) {
        log.add("deleted " + answer.key());
    }

    @Override
    public void questionDeleted(QaPost question) {
        log.add("deleted " + question.key());
    }

    @Override
    public void issueRaised(QaPost question, long issueId) {
        log.add("raised " + question.key() + " as " + issueId);
    }

    int points(String user) {
        return points.getOrDefault(user, 0);
    }

    List<String> log() {
        return List.copyOf(log);
    }

    void clear() {
        log.clear();
        points.clear();
    }
}
