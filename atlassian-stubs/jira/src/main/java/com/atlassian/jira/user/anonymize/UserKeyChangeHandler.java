// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html, https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/anonymize/OwnershipTransferHandler.html, https://docs.atlassian.com/jira-software/10.3.11/com/atlassian/greenhopper/anonymization/RapidViewUserKeyChangeHandler.html; usage in Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search)
// Confidence: [V] 'public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter>' and Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter); module <user-key-change-handler> since 8.3
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user.anonymize;

import java.util.Collection;

public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {
    Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter);
}
