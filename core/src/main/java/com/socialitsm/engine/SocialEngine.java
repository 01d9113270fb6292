package com.socialitsm.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.host.IssueChange;
import com.socialitsm.settings.Feature;
import com.socialitsm.settings.ProjectFeatures;
import com.socialitsm.settings.Settings;
import com.socialitsm.store.ConstraintViolations;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.Store;

/**
 * Handles each {@link IssueChange} in one transaction: first it claims the change id (a unique row, so the same
 * change delivered twice, or to two nodes at once, is applied once), then every feature handler runs in order.
 * Any failure rolls the whole change back. A handler whose feature an admin switched off for the issue's project is
 * skipped (one read of the project's switches per change, inside the same transaction); a deletion runs every
 * handler, so that nothing the app stored about the issue outlives it.
 */
public final class SocialEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SocialEngine.class);
    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final List<IssueChangeHandler> handlers;
    private final ProjectFeatures features;
    private final boolean anyGated;

    public SocialEngine(Store store, Clock clock, List<IssueChangeHandler> handlers) {
        this(store, clock, handlers, new ProjectFeatures(store, new Settings(store)));
    }

    public SocialEngine(Store store, Clock clock, List<IssueChangeHandler> handlers, ProjectFeatures features) {
        this.store = store;
        this.clock = clock;
        this.handlers = List.copyOf(handlers);
        this.features = features;
        this.anyGated = handlers.stream().anyMatch(handler -> handler.feature().isPresent());
    }

    public ChangeOutcome handle(IssueChange change) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.executeInTransaction(() -> {
                    store.create(ProcessedChangeEntity.class, Map.of(
                            "CHANGE_KEY", change.changeId(),
                            "ISSUE_ID", change.issue().id(),
                            "PROCESSED_AT", clock.millis()));
                    ChangeContext context = new ChangeContext();
                    Set<Feature> off = anyGated && change.kind() != IssueChange.Kind.DELETED
                            ? features.offIn(change.issue().projectId()) : Set.of();
                    for (IssueChangeHandler handler : handlers) {
                        if (handler.feature().map(off::contains).orElse(false)) {
                            continue;
                        }
                        handler.onIssueChange(change, context);
                    }
                    return null;
                });
                return ChangeOutcome.APPLIED;
            } catch (RuntimeException e) {
                if (!ConstraintViolations.isLostRace(e)) {
                    throw e;
                }
                store.flushAll();
                if (isProcessed(change.changeId())) {
                    LOG.debug("Change {} was already processed", change.changeId());
                    return ChangeOutcome.ALREADY_PROCESSED;
                }
                if (attempt >= RACE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean isProcessed(String changeId) {
        return store.count(ProcessedChangeEntity.class, "CHANGE_KEY = ?", changeId) > 0;
    }
}
