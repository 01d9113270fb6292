// Source: jira-api-facts.md §7 (com.atlassian.jira.util.MessageSet, addErrorMessage(String))
// Confidence: [V] addErrorMessage(String); [I] hasAnyErrors()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

public interface MessageSet {
    void addErrorMessage(String errorMessage);

    boolean hasAnyErrors();
}
