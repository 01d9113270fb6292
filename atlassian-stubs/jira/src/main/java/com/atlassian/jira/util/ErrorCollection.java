// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): errorCollection.addErrorMessage(String)
// getErrorMessages() and getErrors() from a public source copy of com.atlassian.jira.util.ErrorCollection (code search) and called as result.getErrorCollection().getErrors() by public plugins
// Confidence: [C] addErrorMessage(String), getErrors(); [V, older copy] getErrorMessages(); [I] hasAnyErrors()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    void addErrorMessage(String message);

    boolean hasAnyErrors();

    /** Errors not tied to a field. */
    Collection<String> getErrorMessages();

    /** Field errors, by field id. */
    Map<String, String> getErrors();
}
