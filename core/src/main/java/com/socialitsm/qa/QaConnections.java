package com.socialitsm.qa;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.MentionService;
import com.socialitsm.activity.QaPostRef;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.follow.Participation;
import com.socialitsm.kudos.AnswerCredit;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.settings.Feature;
import com.socialitsm.settings.ProjectFeatures;

/**
 * Connects the Q&amp;A to the other features, inside the Q&amp;A's transactions: the activity feed ({@code asked},
 * {@code answered}, {@code accepted}, withdrawn again when their cause goes away), auto-follows (asking or answering
 * on an issue follows it, as the admin's follow rules allow) and points ({@code kudos}: accepted answers and answer
 * upvotes, each reversed when its cause goes away; the kudos rules decide what earns nothing, e.g. one's own answer).
 *
 * <p>Activities carry the question's issue (or, project-wide, only its project) and hashtags, so the feed shows them
 * to exactly those who may see the question, and the question's title as their text. Their source keys name the
 * post ({@code qa:answered:a:12}), so recording is idempotent and a reversal withdraws exactly one activity.
 */
public final class QaConnections implements QaEvents {
    private final Clock clock;
    private final FollowService follows;
    private final ActivityService activity;
    private final MentionService mentions;
    private final KudosService kudos;
    private final ProjectFeatures features;

    /** {@code features}: where an admin switched follows or kudos off, Q&amp;A records no activity or points there. */
    public QaConnections(Clock clock, FollowService follows, ActivityService activity, MentionService mentions,
                         KudosService kudos, ProjectFeatures features) {
        this.clock = Objects.requireNonNull(clock);
        this.follows = Objects.requireNonNull(follows);
        this.activity = Objects.requireNonNull(activity);
        this.mentions = Objects.requireNonNull(mentions);
        this.kudos = Objects.requireNonNull(kudos);
        this.features = Objects.requireNonNull(features);
    }

    @Override
    public void questionAsked(QaPost question) {
        if (on(question, Feature.FOLLOWS)) {
            followIssue(question, Participation.ASKER);
            activity.record(draft(question, Verb.ASKED, question.author(), Optional.empty()));
        }
    }

    @Override
    public void answerPosted(QaPost answer) {
        if (on(answer, Feature.FOLLOWS)) {
            followIssue(answer, Participation.ANSWERER);
            activity.record(draft(answer, Verb.ANSWERED, answer.author(), Optional.empty()));
        }
    }

    /** Mentions in the post reach the people named, once per post however often it is edited. */
    @Override
    public void postWritten(QaPost post, String text) {
        if (on(post, Feature.FOLLOWS)) {
            Verb verb = post.isAnswer() ? Verb.ANSWERED : Verb.ASKED;
            mentions.mentionIn("qa:" + post.key(), text, draft(post, verb, post.author(), Optional.empty()));
        }
    }

    @Override
    public void answerAccepted(QaPost answer, String acceptedBy) {
        if (on(answer, Feature.KUDOS)) {
            kudos.answerAccepted(credit(answer), acceptedBy);
        }
        if (on(answer, Feature.FOLLOWS)) {
            activity.record(draft(answer, Verb.ACCEPTED, acceptedBy, Optional.of(answer.author())));
        }
    }

    @Override
    public void answerAcceptanceReversed(QaPost answer) {
        kudos.answerUnaccepted(answer.answerId());
        activity.withdraw(sourceKey(Verb.ACCEPTED, answer));
    }

    @Override
    public void answerUpvoted(QaPost answer, String voter) {
        if (on(answer, Feature.KUDOS)) {
            kudos.answerUpvoted(credit(answer), voter);
        }
    }

    @Override
    public void answerUpvoteReversed(QaPost answer, String voter) {
        kudos.upvoteWithdrawn(answer.answerId(), voter);
    }

    @Override
    public void answerDeleted(QaPost answer) {
        activity.withdraw(sourceKey(Verb.ANSWERED, answer));
        activity.withdraw(sourceKey(Verb.ACCEPTED, answer));
    }

    @Override
    public void questionDeleted(QaPost question) {
        activity.withdraw(sourceKey(Verb.ASKED, question));
    }

    /** Reversals always run: they only take back what was recorded, whatever the switches say now. */
    private boolean on(QaPost post, Feature feature) {
        return post.projectId() == 0 || features.isOn(post.projectId(), feature);
    }

    private static AnswerCredit credit(QaPost answer) {
        return new AnswerCredit(answer.answerId(), answer.questionId(), answer.author(), answer.projectId(),
                answer.issueId());
    }

    private void followIssue(QaPost post, Participation why) {
        if (post.issueId() != 0 && FollowTarget.canHold(post.author())) {
            follows.autoFollow(post.author(), FollowTarget.issue(post.issueId()), why);
        }
    }

    private ActivityDraft draft(QaPost post, Verb verb, String actor, Optional<String> subject) {
        return new ActivityDraft(sourceKey(verb, post), verb, actor, post.issueId(), post.projectId(),
                post.hashtags(), post.questionTitle(), subject, clock.instant());
    }

    /** {@code qa:<verb>:<post>}, e.g. {@code qa:asked:q:7}: one activity per post and verb. */
    static String sourceKey(Verb verb, QaPost post) {
        return QaPostRef.SOURCE_PREFIX + verb.code() + ":" + post.key();
    }
}
