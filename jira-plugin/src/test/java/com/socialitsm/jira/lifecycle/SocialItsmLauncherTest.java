package com.socialitsm.jira.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InOrder;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.Plugin;
import com.atlassian.plugin.event.events.PluginEnabledEvent;

import com.socialitsm.jira.PluginKeys;
import com.socialitsm.jira.event.IssueChangeDispatcher;
import com.socialitsm.jira.event.IssueEventListener;
import com.socialitsm.jira.jobs.SocialJobs;

class SocialItsmLauncherTest {
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final IssueChangeDispatcher dispatcher = mock(IssueChangeDispatcher.class);
    private final IssueEventListener listener = mock(IssueEventListener.class);
    private final SocialJobs jobs = mock(SocialJobs.class);
    private final SocialItsmLauncher launcher = new SocialItsmLauncher(eventPublisher, dispatcher, listener, jobs);

    static List<List<String>> phaseOrders() {
        return List.of(List.of("spring", "enabled", "started"), List.of("started", "spring", "enabled"),
                List.of("spring", "started", "enabled"));
    }

    @ParameterizedTest
    @MethodSource("phaseOrders")
    void launchesOnceAfterAllThreePhasesWhateverTheirOrder(List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            assertThat(launcher.isLaunched()).isFalse();
            verifyNoInteractions(listener);
            reach(order.get(i));
        }
        reach("enabled");
        reach("started");

        assertThat(launcher.isLaunched()).isTrue();
        InOrder startOrder = inOrder(dispatcher, listener, jobs);
        startOrder.verify(dispatcher).start();
        startOrder.verify(listener).start();
        startOrder.verify(jobs).register();
        verify(listener, times(1)).start();
        verify(jobs, times(1)).register();
    }

    @Test
    void anotherPluginBeingEnabledDoesNotCount() {
        launcher.onSpringStarted();
        launcher.onStart();
        launcher.onPluginEnabled(enabled("com.example.other-plugin"));

        assertThat(launcher.isLaunched()).isFalse();
        verify(listener, never()).start();
    }

    @Test
    void stoppingUnregistersTheJobRunnersAndTheListenerBeforeStoppingTheWorkerAndUnregistersItself() {
        launcher.onSpringStarted();
        launcher.onPluginEnabled(enabled(PluginKeys.PLUGIN_KEY));
        launcher.onStart();

        launcher.onSpringStopping();

        InOrder stopOrder = inOrder(jobs, listener, dispatcher, eventPublisher);
        stopOrder.verify(jobs).unregister();
        stopOrder.verify(listener).stop();
        stopOrder.verify(dispatcher).stop();
        stopOrder.verify(eventPublisher).unregister(launcher);
        assertThat(launcher.isLaunched()).isFalse();
    }

    @Test
    void stoppingBeforeLaunchTouchesNothing() {
        launcher.onStop();

        verifyNoInteractions(listener, dispatcher, jobs);
    }

    private void reach(String phase) {
        switch (phase) {
            case "spring" -> launcher.onSpringStarted();
            case "enabled" -> launcher.onPluginEnabled(enabled(PluginKeys.PLUGIN_KEY));
            case "started" -> launcher.onStart();
            default -> throw new IllegalArgumentException(phase);
        }
    }

    private static PluginEnabledEvent enabled(String pluginKey) {
        Plugin plugin = mock(Plugin.class);
        when(plugin.getKey()).thenReturn(pluginKey);
        PluginEnabledEvent event = mock(PluginEnabledEvent.class);
        when(event.getPlugin()).thenReturn(plugin);
        return event;
    }
}
