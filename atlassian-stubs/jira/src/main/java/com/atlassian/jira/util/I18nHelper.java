// Source: jira-api-facts.md §5 (i18nHelper.getText("...") in atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); getText(String, Object) as used by public JQL functions (code search)
// Confidence: [C] getText(String); [U] getText(String, Object)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.util;

public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameter);
}
