// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): errorCollection.addErrorMessage(String)
// Confidence: [C] addErrorMessage(String); [I] hasAnyErrors()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

public interface ErrorCollection {
    void addErrorMessage(String message);

    boolean hasAnyErrors();
}
