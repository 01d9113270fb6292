// Source: jira-api-facts.md §5 (Issue.getComponents() returns Collection<ProjectComponent>, from the abstract method set of Issue in atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370); package com.atlassian.jira.bc.project.component as imported by public plugins (code search); getName() [U: long-standing, not seen in the code read]
// Confidence: [C] type and package; [U] getName()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.bc.project.component;

public interface ProjectComponent {
    String getName();
}
