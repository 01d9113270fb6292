package com.socialitsm.jira.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;

class IssueChangeDispatcherTest {
    private final SocialEngine engine = mock(SocialEngine.class);
    private final SocialApp app = appWith(engine);
    private final EventHandlingStats stats =
            new EventHandlingStats(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final IssueChangeDispatcher dispatcher = new IssueChangeDispatcher(app, stats);

    /** The dispatcher hands each change to the one app's engine. */
    private static SocialApp appWith(SocialEngine engine) {
        SocialApp app = mock(SocialApp.class);
        when(app.engine()).thenReturn(engine);
        return app;
    }

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void onceStartedChangesAreHandledOffTheCallersThread() throws Exception {
        CompletableFuture<String> handledOn = new CompletableFuture<>();
        when(engine.handle(any())).thenAnswer(invocation -> {
            handledOn.complete(Thread.currentThread().getName());
            return ChangeOutcome.APPLIED;
        });

        dispatcher.start();
        dispatcher.submit(change("c1"));

        assertThat(handledOn.get(5, TimeUnit.SECONDS)).startsWith("social-itsm-issue-changes-")
                .isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void stoppingDrainsWhatIsQueued() {
        when(engine.handle(any())).thenReturn(ChangeOutcome.APPLIED);
        dispatcher.start();
        for (int i = 0; i < 50; i++) {
            dispatcher.submit(change("c" + i));
        }

        dispatcher.stop();

        assertThat(stats.snapshot().applied()).isEqualTo(50);
    }

    @Test
    void withoutAWorkerChangesAreHandledOnTheCallerRatherThanDropped() {
        when(engine.handle(any())).thenReturn(ChangeOutcome.APPLIED, ChangeOutcome.ALREADY_PROCESSED);

        dispatcher.submit(change("c1"));
        dispatcher.start();
        dispatcher.stop();
        dispatcher.submit(change("c1"));

        EventHandlingStats.Snapshot snapshot = stats.snapshot();
        assertThat(snapshot.received()).isEqualTo(2);
        assertThat(snapshot.applied()).isEqualTo(1);
        assertThat(snapshot.alreadyProcessed()).isEqualTo(1);
    }

    private static IssueChange change(String id) {
        IssueRef issue = new IssueRef(1, "SD-1", 100, "SD", "summary", "", "Open", false, Optional.empty(),
                Optional.empty());
        return IssueChange.of(id, issue, "alice", IssueChange.Kind.UPDATED, Instant.EPOCH);
    }
}
