package com.socialitsm.jira.event;

import static com.socialitsm.jira.event.JiraEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;

import com.socialitsm.app.SocialApp;
import com.socialitsm.engine.ChangeOutcome;
import com.socialitsm.engine.SocialEngine;
import com.socialitsm.host.IssueChange.Kind;
import com.socialitsm.host.IssueChange;
import com.socialitsm.jira.host.JiraIssueRefs;

class IssueEventListenerTest {
    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final SocialEngine engine = mock(SocialEngine.class);
    private final EventHandlingStats stats = new EventHandlingStats(clock);
    // Not started: changes are handled on the calling thread, which keeps these tests synchronous.
    private final IssueChangeDispatcher dispatcher = new IssueChangeDispatcher(appWith(engine), stats);
    private final IssueEventListener listener = new IssueEventListener(eventPublisher,
            new IssueEventMapper(new JiraIssueRefs(), clock), dispatcher, stats);

    @Test
    void aBundleIsHandedToTheEngineOnceChangeByChangeWithoutDuplicates() {
        when(engine.handle(any())).thenReturn(ChangeOutcome.APPLIED);
        // Editing with a comment: Jira sends "updated" (with the comment) and "commented" for the same action.
        IssueEventBundle bundle = bundle(
                event(EventType.ISSUE_UPDATED_ID).changeGroup(600).changed("summary", null, null)
                        .comment(90, "Still broken #vpn").delegating(),
                event(EventType.ISSUE_COMMENTED_ID).comment(90, "Still broken #vpn").delegating());

        listener.onIssueEventBundle(bundle);

        ArgumentCaptor<IssueChange> handled = ArgumentCaptor.forClass(IssueChange.class);
        verify(engine, times(2)).handle(handled.capture());
        assertThat(handled.getAllValues()).extracting(IssueChange::kind).containsExactly(Kind.COMMENTED, Kind.UPDATED);
        assertThat(stats.snapshot().duplicatesInBundle()).isEqualTo(1);
        assertThat(stats.snapshot().applied()).isEqualTo(2);
    }

    @Test
    void anEngineFailureIsCountedAndNeverThrownIntoJira() {
        when(engine.handle(any())).thenThrow(new IllegalStateException("database unavailable"));

        assertThatCode(() -> listener.onIssueEventBundle(bundle(event(EventType.ISSUE_CREATED_ID).delegating())))
                .doesNotThrowAnyException();

        EventHandlingStats.Snapshot snapshot = stats.snapshot();
        assertThat(snapshot.received()).isEqualTo(1);
        assertThat(snapshot.failed()).isEqualTo(1);
        assertThat(snapshot.lastFailure()).hasValueSatisfying(failure ->
                assertThat(failure.what()).isEqualTo("IllegalStateException: database unavailable"));
    }

    @Test
    void anUnreadableEventIsCountedAndTheRestOfTheBundleIsStillHandled() {
        when(engine.handle(any())).thenReturn(ChangeOutcome.APPLIED);
        Issue broken = mock(Issue.class);
        when(broken.getId()).thenReturn(11L);
        when(broken.getProjectObject()).thenThrow(new IllegalStateException("project cache not ready"));

        listener.onIssueEventBundle(bundle(
                event(EventType.ISSUE_CREATED_ID).on(broken).delegating(),
                event(EventType.ISSUE_COMMENTED_ID).comment(91, "#vpn").delegating()));

        verify(engine, times(1)).handle(any());
        assertThat(stats.snapshot().unreadableEvents()).isEqualTo(1);
    }

    @Test
    void aBundleThatCannotBeReadAtAllIsCountedNotThrown() {
        IssueEventBundle bundle = mock(IssueEventBundle.class);
        when(bundle.getEvents()).thenThrow(new IllegalStateException("boom"));

        assertThatCode(() -> listener.onIssueEventBundle(bundle)).doesNotThrowAnyException();
        assertThat(stats.snapshot().unreadableEvents()).isEqualTo(1);
    }

    @Test
    void eventsThatAreNotIssueEventsAreSkipped() {
        listener.onIssueEventBundle(bundle(mock(JiraIssueEvent.class)));

        verify(engine, never()).handle(any());
        assertThat(stats.snapshot().received()).isZero();
    }

    @Test
    void registersOnceAndUnregistersOnce() {
        listener.start();
        listener.start();
        listener.stop();
        listener.stop();

        verify(eventPublisher, times(1)).register(listener);
        verify(eventPublisher, times(1)).unregister(listener);
    }

    private static IssueEventBundle bundle(JiraIssueEvent... events) {
        IssueEventBundle bundle = mock(IssueEventBundle.class);
        when(bundle.getEvents()).thenReturn(List.of(events));
        return bundle;
    }

    private static SocialApp appWith(SocialEngine engine) {
        SocialApp app = mock(SocialApp.class);
        when(app.engine()).thenReturn(engine);
        return app;
    }
}
