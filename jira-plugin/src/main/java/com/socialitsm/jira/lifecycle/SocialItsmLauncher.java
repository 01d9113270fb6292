package com.socialitsm.jira.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.event.events.PluginEnabledEvent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;

import com.socialitsm.jira.PluginKeys;
import com.socialitsm.jira.event.IssueChangeDispatcher;
import com.socialitsm.jira.event.IssueEventListener;
import com.socialitsm.jira.jobs.SocialJobs;

/**
 * The one launcher (the Greenhopper pattern, as in MyGroovy): Active Objects is not usable until the plugin is fully
 * enabled, and Jira may still be starting when the Spring context comes up, so the app starts only once all three
 * phases have happened, in whatever order they come. SAL calls {@link #onStart} only on components exported as
 * {@link LifecycleAware} services, hence {@link ExportAsService}.
 *
 * <p>Start-up work runs in {@link #launch} (the issue-change worker, the event listener, the cluster-wide job runners)
 * and is undone in {@link #shutdown} in reverse order.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class SocialItsmLauncher implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(SocialItsmLauncher.class);

    enum Phase { SPRING_STARTED, PLUGIN_ENABLED, APPLICATION_STARTED }

    private final EventPublisher eventPublisher;
    private final IssueChangeDispatcher dispatcher;
    private final IssueEventListener issueEventListener;
    private final SocialJobs jobs;
    private final Set<Phase> phases = EnumSet.noneOf(Phase.class);
    private boolean launched;

    @Inject
    public SocialItsmLauncher(EventPublisher eventPublisher, IssueChangeDispatcher dispatcher,
                              IssueEventListener issueEventListener, SocialJobs jobs) {
        this.eventPublisher = eventPublisher;
        this.dispatcher = dispatcher;
        this.issueEventListener = issueEventListener;
        this.jobs = jobs;
    }

    @PostConstruct
    public void onSpringStarted() {
        eventPublisher.register(this);
        reached(Phase.SPRING_STARTED);
    }

    @EventListener
    public void onPluginEnabled(PluginEnabledEvent event) {
        if (PluginKeys.PLUGIN_KEY.equals(event.getPlugin().getKey())) {
            reached(Phase.PLUGIN_ENABLED);
        }
    }

    @Override
    public void onStart() {
        reached(Phase.APPLICATION_STARTED);
    }

    @Override
    public void onStop() {
        shutdown();
    }

    @PreDestroy
    public void onSpringStopping() {
        shutdown();
        eventPublisher.unregister(this);
    }

    synchronized boolean isLaunched() {
        return launched;
    }

    private synchronized void reached(Phase phase) {
        phases.add(phase);
        LOG.debug("Start-up phase {} reached", phase);
        if (!launched && phases.size() == Phase.values().length) {
            launched = true;
            launch();
        }
    }

    private void launch() {
        dispatcher.start();
        issueEventListener.start();
        jobs.register();
        LOG.info("Social ITSM started");
    }

    private synchronized void shutdown() {
        if (!launched) {
            return;
        }
        launched = false;
        jobs.unregister();
        issueEventListener.stop();
        dispatcher.stop();
        LOG.info("Social ITSM stopped");
    }
}
