package com.socialitsm.engine;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueTagIndex;
import com.socialitsm.settings.Feature;
import com.socialitsm.settings.ProjectFeatures;
import com.socialitsm.settings.Settings;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.TagDiff;

/**
 * Handles each {@link IssueChange} in one transaction: first it claims the change id (a unique row, so the same
 * change delivered twice, or to two nodes at once, is applied once), then runs the {@link ChangeSteps} in their
 * order. Any failure rolls the whole change back. The settings of a change — which features an admin switched off
 * for the issue's project and the rules the steps read — are read once, in one statement, inside the same
 * transaction. A step whose feature is off is skipped; a deletion runs every step and reads no settings, so that
 * nothing the app stored about the issue outlives it. After the transaction has committed, a change that altered the
 * issue's tags is reported to the host's {@link IssueTagIndex}, so the host's search never sees tags that were
 * rolled back (in Jira the engine's transaction is the outermost one: the dispatcher runs it on its own thread).
 */
public final class SocialEngine {
    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final ChangeSteps steps;
    private final IssueTagIndex tagIndex;

    public SocialEngine(Store store, Clock clock, ChangeSteps steps) {
        this(store, clock, new Settings(store), steps, IssueTagIndex.NONE);
    }

    public SocialEngine(Store store, Clock clock, Settings settings, ChangeSteps steps, IssueTagIndex tagIndex) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.steps = steps;
        this.tagIndex = tagIndex;
    }

    public ChangeOutcome handle(IssueChange change) {
        // The claim decides: a node that loses the race to claim the change finds it processed and stops there.
        AtomicReference<TagDiff> committedTags = new AtomicReference<>(TagDiff.none());
        ChangeOutcome outcome = store.executeInTransactionRetryingRaces(RACE_ATTEMPTS, () -> {
            // A batch of one row, not create(): nothing reads the claim's id, and a single create costs a NEXTVAL
            // round trip first on PostgreSQL and Oracle. The unique CHANGE_KEY still fails a batch as it fails a
            // single insert, so the lost race is recognised all the same (ConstraintViolations).
            store.create(ProcessedChangeEntity.class, List.of(Map.of(
                    "CHANGE_KEY", change.changeId(),
                    "ISSUE_ID", change.issue().id(),
                    "PROCESSED_AT", clock.millis())));
            committedTags.set(apply(change));
            return ChangeOutcome.APPLIED;
        }, () -> isProcessed(change.changeId()) ? Optional.of(ChangeOutcome.ALREADY_PROCESSED) : Optional.empty());
        // A deleted issue takes its index entry with it (Jira deletes an issue's properties with the issue).
        if (outcome == ChangeOutcome.APPLIED && committedTags.get().changed()
                && change.kind() != IssueChange.Kind.DELETED) {
            tagIndex.tagsChanged(change.issue().id(), committedTags.get().after());
        }
        return outcome;
    }

    /** Runs the steps; returns what the tag step did (none when hashtags are off for the project). */
    private TagDiff apply(IssueChange change) {
        if (change.kind() == IssueChange.Kind.DELETED) {
            TagDiff tags = steps.tags().onIssueChange(change);
            steps.activity().onIssueChange(change, tags,
                    steps.participants().onIssueChange(change, SettingsSnapshot.EMPTY));
            steps.kudos().onIssueChange(change, tags, SettingsSnapshot.EMPTY);
            return tags;
        }
        long projectId = change.issue().projectId();
        Set<String> prefixes = new LinkedHashSet<>(steps.settingPrefixes());
        prefixes.add(ProjectFeatures.settingsPrefix(projectId));
        SettingsSnapshot snapshot = settings.read(prefixes);
        Set<Feature> off = ProjectFeatures.switchedOff(projectId, snapshot);
        TagDiff tags = off.contains(Feature.HASHTAGS) ? TagDiff.none() : steps.tags().onIssueChange(change);
        // FOLLOWS covers following and the activity a project's issues record for feeds.
        if (!off.contains(Feature.FOLLOWS)) {
            steps.activity().onIssueChange(change, tags, steps.participants().onIssueChange(change, snapshot));
        }
        if (!off.contains(Feature.KUDOS)) {
            steps.kudos().onIssueChange(change, tags, snapshot);
        }
        return tags;
    }

    private boolean isProcessed(String changeId) {
        return store.count(ProcessedChangeEntity.class, "CHANGE_KEY = ?", changeId) > 0;
    }
}
