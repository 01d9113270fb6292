// Source: jira-api-facts.md §5 "Base URL": SAL com.atlassian.sal.api.ApplicationProperties.getBaseUrl(
// com.atlassian.sal.api.UrlMode.ABSOLUTE|CANONICAL) as called by Atlassian's Slack plugin for Jira 10
// (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370)
// Confidence: [C] ABSOLUTE, CANONICAL; the real enum has more constants (left out)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, CANONICAL
}
