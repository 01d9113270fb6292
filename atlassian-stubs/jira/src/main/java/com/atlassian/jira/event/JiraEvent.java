// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/JiraEvent.html
// Confidence: [V] getParams(), getTime()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

public interface JiraEvent {
    /** A map of parameters which can be used to pass data to a listener. */
    Map<String, Object> getParams();

    /** The time the event was created. */
    Date getTime();
}
