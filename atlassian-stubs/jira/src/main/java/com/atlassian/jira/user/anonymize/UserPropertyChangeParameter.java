// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html, https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/anonymize/OwnershipTransferHandler.html, https://docs.atlassian.com/jira-software/10.3.11/com/atlassian/greenhopper/anonymization/RapidViewUserKeyChangeHandler.html; usage in Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search)
// Confidence: [C] getOriginal(), getTarget(), getContext() (Atlassian's JiraStreamsUsernameChangeHandler); [U] class vs interface (the app never constructs it)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

public class UserPropertyChangeParameter {
    protected UserPropertyChangeParameter() {
    }

    /** The old value, e.g. the user key before anonymization. */
    public String getOriginal() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** The new value, e.g. the anonymized user key JIRAUSER10100. */
    public String getTarget() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** Progress reporting for the background task. */
    public Context getContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
