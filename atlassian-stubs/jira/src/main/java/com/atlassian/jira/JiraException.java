// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/JiraException.html ("public class
// JiraException extends Exception"; constructors (), (String), (String, Throwable), (Throwable))
// Confidence: [V] class and constructors used; 11.x [I]: a long-standing public exception type
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira;

public class JiraException extends Exception {
    public JiraException(String message) {
        super(message);
    }
}
