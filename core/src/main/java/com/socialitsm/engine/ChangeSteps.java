package com.socialitsm.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.tag.TagDiff;

/**
 * The four steps of handling one issue change, each a feature's part. Their order is fixed by what they take: the
 * tag step returns the issue's {@link TagDiff}, which the activity and kudos steps take; the participant step runs
 * before the activity step and names who takes part, and the activity step makes them follow the issue as it
 * delivers the activity (one read of the follows serves both), so that someone who follows the issue because of this
 * change receives its activity.
 * {@link SocialEngine} runs them in that order inside the change's transaction; none opens a transaction of its own.
 */
public record ChangeSteps(Tags tags, Participants participants, Activity activity, Kudos kudos) {
    public ChangeSteps {
        Objects.requireNonNull(tags);
        Objects.requireNonNull(participants);
        Objects.requireNonNull(activity);
        Objects.requireNonNull(kudos);
    }

    /** The SETTING prefixes the steps read, so that the engine reads them with the change's other settings at once. */
    Set<String> settingPrefixes() {
        Set<String> prefixes = new LinkedHashSet<>(participants.settingPrefixes());
        prefixes.addAll(kudos.settingPrefixes());
        return prefixes;
    }

    /** Hashtags: brings the issue's tags up to date with its text and says what they are now. */
    @FunctionalInterface
    public interface Tags {
        Tags NONE = change -> TagDiff.none();

        TagDiff onIssueChange(IssueChange change);
    }

    /** Follows: whoever takes part in the issue follows it, as the admin's rules say. */
    @FunctionalInterface
    public interface Participants {
        Participants NONE = (change, settings) -> List.of();

        /**
         * The users this change makes participants who follow the issue as the rules say (the activity step makes
         * them follow it); none for a deleted issue, whose follows this step forgets.
         */
        List<String> onIssueChange(IssueChange change, SettingsSnapshot settings);

        /** The SETTING key prefixes this step reads from the snapshot it is given. */
        default Set<String> settingPrefixes() {
            return Set.of();
        }
    }

    /**
     * Activity: makes the participants follow the issue (those who neither follow nor muted it), records what
     * happened and delivers it to the followers of the issue and of its tags, the new ones included.
     */
    @FunctionalInterface
    public interface Activity {
        Activity NONE = (change, tags, participants) -> { };

        void onIssueChange(IssueChange change, TagDiff tags, List<String> participants);
    }

    /** Kudos: the points rules of resolutions, reopenings and first responses. */
    @FunctionalInterface
    public interface Kudos {
        Kudos NONE = (change, tags, settings) -> { };

        void onIssueChange(IssueChange change, TagDiff tags, SettingsSnapshot settings);

        /** The SETTING key prefixes this step reads from the snapshot it is given. */
        default Set<String> settingPrefixes() {
            return Set.of();
        }
    }
}
