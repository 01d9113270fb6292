// Source: return type of IssueSecuritySchemeManager.getSchemeFor(Project) (public plugin code, code search)
// Confidence: [C] the type; [U] members (only null-checked by the app)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.scheme;

public class Scheme {
    protected Scheme() {
    }
}
