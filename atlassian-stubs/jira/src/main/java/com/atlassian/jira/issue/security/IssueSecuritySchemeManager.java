// Source: issueSecuritySchemeManager.getSchemeFor(project) returning com.atlassian.jira.scheme.Scheme (null when the project has no issue security scheme) in public plugins and ScriptRunner scripts (code search)
// Confidence: [C] getSchemeFor(Project) -> Scheme
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/security/IssueSecuritySchemeManager.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;

public interface IssueSecuritySchemeManager {
    /** The project's issue security scheme, or null when it has none. */
    Scheme getSchemeFor(Project project);
}
