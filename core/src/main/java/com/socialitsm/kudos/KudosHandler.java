package com.socialitsm.kudos;

import java.util.Set;

import com.socialitsm.engine.ChangeSteps;
import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.tag.TagDiff;

/**
 * The kudos feature's part in handling an issue change, the last step: it takes the issue's tags from the hashtag
 * step and the kudos rules from the change's settings (read once by the engine), and applies the resolved, reopened and first-response rules
 * inside the engine's transaction (so the same change delivered twice awards nothing twice).
 */
public final class KudosHandler implements ChangeSteps.Kudos {
    private final IssueAwards awards;

    KudosHandler(IssueAwards awards) {
        this.awards = awards;
    }

    @Override
    public void onIssueChange(IssueChange change, TagDiff tags, SettingsSnapshot settings) {
        switch (change.kind()) {
            case RESOLVED -> {
                awards.resolved(change, tags, KudosSettings.rulesFrom(settings));
                awards.bossDefeated(change, KudosSettings.rulesFrom(settings), KudosSettings.bossRulesFrom(settings));
            }
            case REOPENED -> awards.reopened(change);
            case COMMENTED -> awards.commented(change, KudosSettings.rulesFrom(settings));
            default -> {
                // Created, updated, assigned, deleted: no points rule.
            }
        }
    }

    @Override
    public Set<String> settingPrefixes() {
        return Set.of(KudosSettings.RULES_KEY);
    }
}
