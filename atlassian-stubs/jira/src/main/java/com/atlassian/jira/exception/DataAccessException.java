// Source: Jira API javadoc, com.atlassian.jira.exception.DataAccessException ("Unchecked exception for Data Access
// errors"; extends RuntimeException), thrown by ProjectManager.getProjectObjects()
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.exception;

public class DataAccessException extends RuntimeException {
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
