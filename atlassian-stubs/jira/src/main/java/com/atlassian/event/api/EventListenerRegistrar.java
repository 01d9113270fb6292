// Source: https://docs.atlassian.com/ConfluenceServer/javadoc/6.14.0/com/atlassian/confluence/event/NoOpEventPublisher.html ("register in interface com.atlassian.event.api.EventListenerRegistrar", likewise unregister, unregisterAll); the decompiled atlassian-event API (CFR 0.152, public copy, code search): "public interface EventListenerRegistrar { void register(Object); void unregister(Object); void unregisterAll(); }"
// Confidence: [V] the interface and its three methods
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.event.api;

public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
