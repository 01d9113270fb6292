package com.socialitsm.activity;

import java.util.List;
import java.util.Objects;

import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.host.IssueChange;
import com.socialitsm.tag.TagDiff;

/**
 * The engine's activity step: one activity per meaningful change — created, commented, assigned, resolved,
 * reopened, or hashtags added by an edit — carrying the issue's tags from the hashtag step (so followers of a tag
 * receive it), recorded and delivered in the engine's transaction. Edits that change nothing worth showing record
 * nothing. A deleted issue takes its activities and feed items with it. Runs after the follow step. A comment's
 * {@code @name} and {@code [~name]} mentions reach the people named ({@link MentionService}).
 */
public final class ActivityHandler implements ChangeSteps.Activity {
    /** Source keys of engine activities: the change id, which the engine has claimed once and for all. */
    static final String SOURCE_PREFIX = "change:";

    /** Hosts name an edit of a comment by the comment's change id followed by this and the time of the edit. */
    static final String EDIT_MARK = ":edited:";

    private final ActivityService activities;
    private final MentionService mentions;

    public ActivityHandler(ActivityService activities, MentionService mentions) {
        this.activities = Objects.requireNonNull(activities);
        this.mentions = Objects.requireNonNull(mentions);
    }

    @Override
    public void onIssueChange(IssueChange change, TagDiff tags, List<String> participants) {
        if (change.kind() == IssueChange.Kind.DELETED) {
            activities.forgetIssue(change.issue().id());
            return;
        }
        Verb verb = switch (change.kind()) {
            case CREATED -> Verb.CREATED;
            case COMMENTED -> Verb.COMMENTED;
            case ASSIGNED -> Verb.ASSIGNED;
            case RESOLVED -> Verb.RESOLVED;
            case REOPENED -> Verb.REOPENED;
            case UPDATED -> tags.added().isEmpty() ? null : Verb.TAGGED;
            case DELETED -> null;
        };
        if (verb == null) {
            // No activity to deliver with: the participants (none for today's kinds without one) follow all the same.
            activities.autoFollowIssue(change.issue().id(), participants);
            return;
        }
        ActivityDraft draft = ActivityDraft.onIssue(SOURCE_PREFIX + change.changeId(), verb, change.actor(),
                change.issue(), tags.after(), change.at());
        draft = switch (verb) {
            case COMMENTED -> draft.withDetail(change.comment().orElse(""));
            case ASSIGNED -> draft.withSubjectUser(change.issue().assignee().orElse(null));
            case TAGGED -> draft.withDetail(String.join(" ", tags.added()));
            default -> draft;
        };
        // No look-up of the source key first: the engine's claim on the change id makes this the only call for it.
        activities.recordAndDeliver(draft, participants);
        if (verb == Verb.COMMENTED) {
            // Mentions are keyed by the comment, not by this change: an edit of it mentions each person once.
            mentions.mentionIn(commentId(change.changeId()), change.comment().orElse(""), draft);
        }
    }

    /** The comment's id in a comment change's id: what precedes {@link #EDIT_MARK} (Jira's edits carry it). */
    static String commentId(String changeId) {
        int edit = changeId.indexOf(EDIT_MARK);
        return edit < 0 ? changeId : changeId.substring(0, edit);
    }
}
