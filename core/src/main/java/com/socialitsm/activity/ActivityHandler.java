package com.socialitsm.activity;

import java.util.Objects;

import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.host.IssueChange;
import com.socialitsm.tag.TagDiff;

/**
 * The engine's activity step: one activity per meaningful change — created, commented, assigned, resolved,
 * reopened, or hashtags added by an edit — carrying the issue's tags from the hashtag step (so followers of a tag
 * receive it), recorded and delivered in the engine's transaction. Edits that change nothing worth showing record
 * nothing. A deleted issue takes its activities and feed items with it. Runs after the follow step.
 */
public final class ActivityHandler implements ChangeSteps.Activity {
    /** Source keys of engine activities: the change id, which the engine has claimed once and for all. */
    static final String SOURCE_PREFIX = "change:";

    private final ActivityService activities;

    public ActivityHandler(ActivityService activities) {
        this.activities = Objects.requireNonNull(activities);
    }

    @Override
    public void onIssueChange(IssueChange change, TagDiff tags) {
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
        activities.recordAndDeliver(draft);
    }
}
