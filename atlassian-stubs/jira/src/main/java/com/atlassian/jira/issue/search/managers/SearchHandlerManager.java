// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/search/managers/SearchHandlerManager.html (Jira 10.3 javadoc of jira-api: Collection<ClauseHandler> getClauseHandler(ApplicationUser user, String jqlClauseName)); looked up through ComponentAccessor by Jira's own LabelsClauseValuesGenerator ("can't be injected due to circular deps") and imported by public searchers (atlascommunity/jira-plugins-groovy, code search)
// Confidence: [V] getClauseHandler; [I] that it answers for index-document-configuration aliases (docs/hashtags.md), 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.search.managers;

import java.util.Collection;

import com.atlassian.jira.jql.ClauseHandler;
import com.atlassian.jira.user.ApplicationUser;

public interface SearchHandlerManager {
    Collection<ClauseHandler> getClauseHandler(ApplicationUser user, String jqlClauseName);
}
