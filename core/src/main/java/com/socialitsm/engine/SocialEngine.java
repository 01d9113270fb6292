package com.socialitsm.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.host.IssueChange;
import com.socialitsm.store.ConstraintViolations;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.store.Store;

/**
 * Handles each {@link IssueChange} in one transaction: first it claims the change id (a unique row, so the same
 * change delivered twice, or to two nodes at once, is applied once), then every feature handler runs in order.
 * Any failure rolls the whole change back.
 */
public final class SocialEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SocialEngine.class);
    private static final int RACE_ATTEMPTS = 3;

    private final Store store;
    private final Clock clock;
    private final List<IssueChangeHandler> handlers;

    public SocialEngine(Store store, Clock clock, List<IssueChangeHandler> handlers) {
        this.store = store;
        this.clock = clock;
        this.handlers = List.copyOf(handlers);
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
                    for (IssueChangeHandler handler : handlers) {
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
