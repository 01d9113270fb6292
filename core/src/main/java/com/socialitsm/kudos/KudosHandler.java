package com.socialitsm.kudos;

import java.util.Optional;

import com.socialitsm.engine.ChangeContext;
import com.socialitsm.engine.IssueChangeHandler;
import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.Feature;

/**
 * The kudos feature's part in handling an issue change, last in the engine's order: it reads the issue's tags from
 * the {@link ChangeContext} the hashtag handler filled, and applies the resolved, reopened and first-response rules
 * inside the engine's transaction (so the same change delivered twice awards nothing twice).
 */
public final class KudosHandler implements IssueChangeHandler {
    private final IssueAwards awards;

    KudosHandler(IssueAwards awards) {
        this.awards = awards;
    }

    @Override
    public void onIssueChange(IssueChange change, ChangeContext context) {
        switch (change.kind()) {
            case RESOLVED -> awards.resolved(change, context.tagsAfter());
            case REOPENED -> awards.reopened(change);
            case COMMENTED -> awards.commented(change);
            default -> {
                // Created, updated, assigned, deleted: no points rule.
            }
        }
    }

    @Override
    public Optional<Feature> feature() {
        return Optional.of(Feature.KUDOS);
    }
}
