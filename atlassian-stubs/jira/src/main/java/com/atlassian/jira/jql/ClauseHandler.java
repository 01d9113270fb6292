// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/ClauseHandler.html (Jira 10.3 javadoc of jira-api: getFactory() returns the ClauseQueryFactory of a clause)
// Confidence: [V] getFactory(); other members left out (unused); [I] 11.3 unchanged
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql;

import com.atlassian.jira.jql.query.ClauseQueryFactory;

public interface ClauseHandler {
    ClauseQueryFactory getFactory();
}
