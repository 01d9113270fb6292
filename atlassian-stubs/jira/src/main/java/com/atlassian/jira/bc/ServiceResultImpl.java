// Source: Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search): new ServiceResultImpl(errorCollection)
// Confidence: [C] the (ErrorCollection) constructor
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/bc/ServiceResultImpl.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
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
