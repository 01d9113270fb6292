// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/query/ClauseQueryFactory.html (Jira 10.3 javadoc of jira-api); getQuery(QueryCreationContext, TerminalClause) returning QueryFactoryResult as implemented by Jira Software (https://docs.atlassian.com/jira-software/6.3.3/com/atlassian/greenhopper/customfield/searcher/GhGenericClauseQueryFactory.html) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/query/UserCustomFieldClauseQueryFactory.html
// Confidence: [V] getQuery; [I] 11.3 keeps the interface with a search-platform QueryFactoryResult (the app treats the result as opaque, so either content links)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.query;

import com.atlassian.query.clause.TerminalClause;

public interface ClauseQueryFactory {
    QueryFactoryResult getQuery(QueryCreationContext queryCreationContext, TerminalClause terminalClause);
}
