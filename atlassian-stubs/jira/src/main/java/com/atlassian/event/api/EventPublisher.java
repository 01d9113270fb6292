// Source: https://docs.atlassian.com/ConfluenceServer/javadoc/6.14.0/com/atlassian/confluence/event/NoOpEventPublisher.html (register/unregister/unregisterAll come from com.atlassian.event.api.EventListenerRegistrar, publish from EventPublisher); the decompiled atlassian-event API (CFR 0.152, public copy, code search): "public interface EventPublisher extends EventListenerRegistrar { void publish(Object); }"; publish/register/unregister called by https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (Jira 10) and https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (Jira 11)
// Confidence: [V] the supertype and publish(Object); [C] on Jira 10 and 11
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
