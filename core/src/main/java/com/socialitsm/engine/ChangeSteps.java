package com.socialitsm.engine;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.tag.TagDiff;

/**
 * The four steps of handling one issue change, each a feature's part. Their order is fixed by what they take: the
 * tag step returns the issue's {@link TagDiff}, which the activity and kudos steps take; the participant step runs
 * before the activity step so that someone who follows the issue because of this change receives its activity.
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
        Participants NONE = (change, settings) -> { };

        void onIssueChange(IssueChange change, SettingsSnapshot settings);

        /** The SETTING key prefixes this step reads from the snapshot it is given. */
        default Set<String> settingPrefixes() {
            return Set.of();
        }
    }

    /** Activity: records what happened and delivers it to the followers of the issue and of its tags. */
    @FunctionalInterface
    public interface Activity {
        Activity NONE = (change, tags) -> { };

        void onIssueChange(IssueChange change, TagDiff tags);
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
