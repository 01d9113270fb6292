// Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java and https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java (the Slack app's listeners, Jira 10 and 11, annotate public methods with it); https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html (listeners are public methods annotated with EventListener); the scope() and order() elements of atlassian-event 4+ (issue #15's check against the decompiled atlassian-event API)
// Confidence: [C] the annotation on listener methods; [V] the scope() and order() elements per the check; [I] their defaults ("" and 0) and RUNTIME retention on methods (the event system finds it reflectively)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
    /** Limits the listener to events of one scope; empty = every event. */
    String scope() default "";

    /** The listener's place among the listeners of the same event; lower runs first. */
    int order() default 0;
}
