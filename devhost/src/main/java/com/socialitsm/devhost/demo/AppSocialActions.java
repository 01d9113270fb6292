package com.socialitsm.devhost.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.TargetType;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Refusal;
import com.socialitsm.poll.PollDraft;
import com.socialitsm.poll.PollView;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.vote.VoteChange;

/**
 * {@link SocialActions} through the app's feature services, as their REST resources call them. When a feature lands
 * in {@link SocialApp}, override its method here (one call to its service): the demo script already uses it.
 */
public final class AppSocialActions implements SocialActions {
    private final SocialApp app;

    public AppSocialActions(SocialApp app) {
        this.app = Objects.requireNonNull(app);
    }

    @Override
    public boolean follow(String user, String type, String id) {
        TargetType target = TargetType.fromCode(type)
                .orElseThrow(() -> new IllegalArgumentException("No follow target type " + type));
        return app.follows().follow(user, target, id).isDone();
    }

    @Override
    public boolean vote(String user, String issueKey) {
        var voted = app.votes().vote(user, issueKey);
        return voted.isDone() && voted.value().effect() == VoteChange.Effect.VOTED;
    }

    @Override
    public boolean kudos(String from, String to, String issueKey, String message) {
        return app.kudos().give(from, to, issueKey, message).isDone();
    }

    @Override
    public Optional<Long> ask(String user, String title, String body, Optional<String> issueKey,
                              Optional<String> projectKey, List<String> hashtags) {
        Outcome<com.socialitsm.qa.Question> asked = app.questions()
                .ask(user, new QuestionDraft(title, body, issueKey, projectKey, hashtags));
        return asked.isDone() ? Optional.of(asked.value().id()) : refused(asked);
    }

    @Override
    public Optional<Long> answer(String user, long questionId, String body) {
        var answered = app.questions().answer(user, questionId, body);
        return answered.isDone() ? Optional.of(answered.value().answer().id()) : refused(answered);
    }

    @Override
    public boolean accept(String user, long questionId, long answerId) {
        return app.questions().accept(user, questionId, answerId).isDone();
    }

    @Override
    public boolean voteAnswer(String user, long answerId, int value) {
        return app.questions().voteOnAnswer(user, answerId, value).isDone();
    }

    @Override
    public Optional<Long> askPoll(String asker, DemoScript.PollStory poll, Instant closesAt) {
        Outcome<PollView> asked = app.polls().ask(asker, new PollDraft(poll.project(), poll.question(), poll.options(),
                poll.multiple(), closesAt, poll.anonymous(), poll.resultsAfterClose()));
        return asked.isDone() ? Optional.of(asked.value().id()) : refused(asked);
    }

    @Override
    public boolean votePoll(String voter, long pollId, List<Integer> options) {
        Outcome<PollView> voted = app.polls().vote(voter, pollId, options);
        if (!voted.isDone()) {
            refused(voted);
        }
        return true;
    }

    /** A refused step: the seeder logs the reason. */
    private static <T> Optional<T> refused(Outcome<?> result) {
        Refusal refusal = ((Outcome.Refused<?>) result).refusal();
        throw new IllegalStateException(refusal.problem() + ": " + refusal.message());
    }
}
