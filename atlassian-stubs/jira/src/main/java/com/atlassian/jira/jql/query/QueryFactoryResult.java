// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/query/QueryFactoryResult.html (Jira 10.3 javadoc of jira-api: static createFalseResult())
// Confidence: [V] the class and createFalseResult(); its Lucene (10.3) / Search API (11.x) query content is deliberately not stubbed: the app only passes Jira's own results through (docs/hashtags.md)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.query;

public class QueryFactoryResult {
    protected QueryFactoryResult() {
    }

    public static QueryFactoryResult createFalseResult() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
