// Source: jira-api-facts.md §7 (com.atlassian.query.clause.TerminalClause parameter of validate/getValues)
// Confidence: [V] the type; no members used
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.query.clause;

public interface TerminalClause {
}
