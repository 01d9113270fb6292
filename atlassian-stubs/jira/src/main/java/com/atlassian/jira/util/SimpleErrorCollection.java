// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): new SimpleErrorCollection()
// Confidence: [C] public no-arg constructor
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/util/SimpleErrorCollection.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

public class SimpleErrorCollection implements ErrorCollection {
    public SimpleErrorCollection() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public java.util.Collection<String> getErrorMessages() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public java.util.Map<String, String> getErrors() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
