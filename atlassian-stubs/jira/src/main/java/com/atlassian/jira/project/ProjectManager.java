// Source: getProjectObj(Long) and getProjectByCurrentKey(String) as called by public plugins and ScriptRunner scripts (code search)
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectByCurrentKey(String projectKey);
}
