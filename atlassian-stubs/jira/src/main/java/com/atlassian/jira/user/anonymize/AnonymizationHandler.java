// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html, https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/anonymize/OwnershipTransferHandler.html, https://docs.atlassian.com/jira-software/10.3.11/com/atlassian/greenhopper/anonymization/RapidViewUserKeyChangeHandler.html; usage in Atlassian's decompiled JiraStreamsUsernameChangeHandler (code search)
// Confidence: [V] DEFAULT_NUMBER_OF_TASKS field, getNumberOfTasks/update inherited by every handler, update returns com.atlassian.jira.bc.ServiceResult; [I] getNumberOfTasks and validateBusinessLogic are default methods (Jira Software 10.3.11's handlers implement only getAffectedEntities, getNumberOfTasks, update); [U] the field's value
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;

public interface AnonymizationHandler<T> {
    int DEFAULT_NUMBER_OF_TASKS = 1;

    ServiceResult update(T parameter);

    default int getNumberOfTasks(T parameter) {
        return DEFAULT_NUMBER_OF_TASKS;
    }
}
