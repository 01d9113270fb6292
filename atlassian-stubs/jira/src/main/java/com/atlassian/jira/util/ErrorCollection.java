// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): errorCollection.addErrorMessage(String)
// getErrorMessages() and getErrors() from a public source copy of com.atlassian.jira.util.ErrorCollection (code search) and called as result.getErrorCollection().getErrors() by public plugins
// Confidence: [C] addErrorMessage(String), getErrors(); [V, older copy] getErrorMessages(); [I] hasAnyErrors()
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/util/ErrorCollection.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
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
