// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html, https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/anonymize/OwnershipTransferHandler.html, https://docs.atlassian.com/jira-software/10.3.11/com/atlassian/greenhopper/anonymization/RapidViewUserKeyChangeHandler.html; usage in Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search)
// Confidence: [C] ANONYMIZE; [V] the value set REMOVE, ANONYMIZE, TRANSFER_OWNERSHIP, MANUAL (Jira REST UserAnonymizationValidation schema)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user.anonymize;

public enum AffectedEntityType {
    REMOVE,
    ANONYMIZE,
    TRANSFER_OWNERSHIP,
    MANUAL
}
