// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): new SimpleErrorCollection()
// Confidence: [C] public no-arg constructor
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
