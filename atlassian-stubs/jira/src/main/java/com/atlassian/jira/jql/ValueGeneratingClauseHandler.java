// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/ValueGeneratingClauseHandler.html (Jira 10.3 javadoc of jira-api: "A clause handler that can generate values for JQL autocomplete"); Jira's GroupPickerSearcher builds a SimpleCustomFieldValueGeneratingClauseHandler with a ClauseValuesGenerator (code search)
// Confidence: [V] getClauseValuesGenerator(); [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql;

import com.atlassian.jira.jql.values.ClauseValuesGenerator;

public interface ValueGeneratingClauseHandler {
    ClauseValuesGenerator getClauseValuesGenerator();
}
