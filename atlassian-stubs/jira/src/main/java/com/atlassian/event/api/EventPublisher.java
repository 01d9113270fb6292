// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (register/unregister), JiraNotificationSentEvent publishing (publish)
// Confidence: [C] publish, register, unregister
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
