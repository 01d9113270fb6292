package com.socialitsm.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.SettingsSnapshot;

/**
 * The engine's follow step: whoever takes part in an issue follows it — the reporter when it is created, the
 * assignee when it is created or assigned, a commenter when they comment — unless an admin turned that rule off or
 * the user muted the issue. A deleted issue loses its follows. It names the participants; the activity step makes
 * them follow the issue as it delivers the change's activity ({@link FollowService#autoFollowAndAudienceOf}), so
 * participants receive the activity of the very change that made them follow, and the one read of the follows the
 * delivery needs also says who follows or muted the issue already. Statements: none here (the rules come with the
 * change's other settings, read once by the engine); one batch insert when someone is added.
 */
public final class FollowParticipantsHandler implements ChangeSteps.Participants {
    private final FollowService follows;

    public FollowParticipantsHandler(FollowService follows) {
        this.follows = Objects.requireNonNull(follows);
    }

    @Override
    public List<String> onIssueChange(IssueChange change, SettingsSnapshot settings) {
        if (change.kind() == IssueChange.Kind.DELETED) {
            follows.forget(FollowTarget.issue(change.issue().id()));
            return List.of();
        }
        List<Participation> roles = switch (change.kind()) {
            case CREATED -> List.of(Participation.REPORTER, Participation.ASSIGNEE);
            case ASSIGNED -> List.of(Participation.ASSIGNEE);
            case COMMENTED -> List.of(Participation.COMMENTER);
            default -> List.of();
        };
        if (roles.isEmpty()) {
            return List.of();
        }
        FollowRules rules = FollowRules.fromSettings(settings.withPrefix(FollowRules.SETTING_PREFIX));
        List<String> participants = new ArrayList<>();
        for (Participation role : roles) {
            if (rules.autoFollows(role)) {
                switch (role) {
                    case REPORTER -> change.issue().reporter().ifPresent(participants::add);
                    case ASSIGNEE -> change.issue().assignee().ifPresent(participants::add);
                    case COMMENTER -> participants.add(change.actor());
                    default -> { }
                }
            }
        }
        return participants;
    }

    @Override
    public Set<String> settingPrefixes() {
        return Set.of(FollowRules.SETTING_PREFIX);
    }
}
