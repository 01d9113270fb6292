// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): new ServiceResultImpl(errorCollection)
// Confidence: [C] the (ErrorCollection) constructor
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
