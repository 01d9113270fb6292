// Source: atlassian-labs/atlassian-slack-integration-server@afe803a20315898e0c36f02588c80e53f6c2a16e (UrlMode.ABSOLUTE in JiraSlackPluginResourceProvider, UrlMode.RELATIVE and UrlMode.valueOf in PluginResourceUrlSlackFunction, com.atlassian.webresource.api.UrlMode); AUTO from the javadoc of the older com.atlassian.plugin.webresource.WebResourceUrlProvider
// Confidence: [C] ABSOLUTE, RELATIVE; [V, older API] AUTO; [I] constant order
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.webresource.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO
}
