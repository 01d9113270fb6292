package com.socialitsm.jira.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;

import com.socialitsm.host.IssueChange;

/**
 * Listens to Jira's {@link IssueEventBundle}s: one bundle is everything one user action did to one issue (edit plus
 * comment plus reassignment), delivered as several events that overlap. The bundle's changes are de-duplicated by
 * change id before they reach the engine. Registration is started by the launcher once Active Objects is usable and
 * undone when the plugin stops; nothing thrown here may reach the code that updated the issue.
 */
@Named
public final class IssueEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(IssueEventListener.class);

    private final EventPublisher eventPublisher;
    private final IssueEventMapper mapper;
    private final IssueChangeDispatcher dispatcher;
    private final EventHandlingStats stats;
    private final AtomicBoolean registered = new AtomicBoolean();

    @Inject
    public IssueEventListener(EventPublisher eventPublisher, IssueEventMapper mapper, IssueChangeDispatcher dispatcher,
                              EventHandlingStats stats) {
        this.eventPublisher = eventPublisher;
        this.mapper = mapper;
        this.dispatcher = dispatcher;
        this.stats = stats;
    }

    public void start() {
        if (registered.compareAndSet(false, true)) {
            eventPublisher.register(this);
        }
    }

    @PreDestroy
    public void stop() {
        if (registered.compareAndSet(true, false)) {
            eventPublisher.unregister(this);
        }
    }

    @EventListener
    public void onIssueEventBundle(IssueEventBundle bundle) {
        try {
            Map<String, IssueChange> changes = new LinkedHashMap<>();
            int mapped = 0;
            for (JiraIssueEvent event : bundle.getEvents()) {
                if (!(event instanceof DelegatingJiraIssueEvent delegating)) {
                    continue;
                }
                try {
                    for (IssueChange change : mapper.map(delegating.asIssueEvent())) {
                        mapped++;
                        changes.putIfAbsent(change.changeId(), change);
                    }
                } catch (RuntimeException e) {
                    stats.eventUnreadable(e);
                    LOG.warn("Could not read an issue event; the rest of its bundle is still handled", e);
                }
            }
            stats.duplicatesInBundle(mapped - changes.size());
            changes.values().forEach(dispatcher::submit);
        } catch (RuntimeException e) {
            stats.eventUnreadable(e);
            LOG.warn("Could not handle an issue event bundle", e);
        }
    }
}
