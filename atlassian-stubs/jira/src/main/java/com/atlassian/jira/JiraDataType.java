// Source: jira-api-facts.md §7 (com.atlassian.jira.JiraDataType returned by getDataType())
// Confidence: [V] the type; no members used
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira;

public interface JiraDataType {
}
