// Source: issueSecuritySchemeManager.getSchemeFor(project) returning com.atlassian.jira.scheme.Scheme (null when the project has no issue security scheme) in public plugins and ScriptRunner scripts (code search)
// Confidence: [C] getSchemeFor(Project) -> Scheme
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;

public interface IssueSecuritySchemeManager {
    /** The project's issue security scheme, or null when it has none. */
    Scheme getSchemeFor(Project project);
}
