// Source: https://docs.atlassian.com/jira-project/4.3-m5-r139056-1/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html; parameter of JqlFunction.init
// Confidence: [V] the type; [U] members (none used)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.plugin.jql.function;

public interface JqlFunctionModuleDescriptor {
}
