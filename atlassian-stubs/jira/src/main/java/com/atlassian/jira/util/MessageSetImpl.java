// Source: jira-api-facts.md §7; new MessageSetImpl() in public JQL functions (code search: ProjectsFunction, AbstractIssuesFromFilterFunction)
// Confidence: [C] public no-arg constructor
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/util/MessageSetImpl.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

public class MessageSetImpl implements MessageSet {
    public MessageSetImpl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
