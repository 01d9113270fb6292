// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (IssueEvent extends AbstractEvent); https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/event/package-summary.html ("AbstractEvent | An abstract implementation of a JiraEvent")
// Confidence: [V] IssueEvent extends AbstractEvent; [V] abstract, implements JiraEvent
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

public abstract class AbstractEvent implements JiraEvent {
    @Override
    public Map<String, Object> getParams() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public Date getTime() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
