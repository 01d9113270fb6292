// Source: jira-api-facts.md §7: new QueryLiteral(operand, Long issueId) in a public WorklogPeriodJqlFunction and new QueryLiteral(operand, String) in a public ProjectsFunction (code search)
// Confidence: [V] both constructors; getStringValue(), getLongValue(), isEmpty() (https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/operand/QueryLiteral.html)
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/jql/operand/QueryLiteral.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getLongValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isEmpty() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
