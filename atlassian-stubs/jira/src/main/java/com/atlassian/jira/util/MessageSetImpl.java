// Source: jira-api-facts.md §7; new MessageSetImpl() in public JQL functions (code search: ProjectsFunction, AbstractIssuesFromFilterFunction)
// Confidence: [C] public no-arg constructor
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
