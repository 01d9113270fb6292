// Source: getProjectObj(Long) and getProjectByCurrentKey(String) as called by public plugins and ScriptRunner scripts (code search);
// getProjectObjects() from jira-api's ProjectManager ("Return all Projects ordered by name", throws DataAccessException)
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.project;

import java.util.List;

import com.atlassian.jira.exception.DataAccessException;

public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjectObjects() throws DataAccessException;
}
