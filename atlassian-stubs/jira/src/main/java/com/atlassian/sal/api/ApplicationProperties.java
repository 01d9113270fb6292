// Source: jira-api-facts.md §2.1 and §5: @ComponentImport("salApplicationProperties")
// com.atlassian.sal.api.ApplicationProperties and getBaseUrl(UrlMode) as called by Atlassian's Slack plugin for Jira 10
// (atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); getDisplayName() as the
// sample provider of the SDK tutorial "Making your own Activity Streams provider" calls it for the entry's
// applicationType ("applicationProperties.getDisplayName()")
// Confidence: [C] getBaseUrl(UrlMode); [V] getDisplayName() (tutorial code, SAL 2.x era)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
