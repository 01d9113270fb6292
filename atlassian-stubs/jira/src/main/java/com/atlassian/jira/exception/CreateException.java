// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/exception/CreateException.html ("@PublicApi public
// class CreateException extends JiraException"; thrown by IssueLinkManager.createIssueLink)
// Confidence: [V] class and the (String) constructor; 11.x [I]: a @PublicApi type
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

public class CreateException extends JiraException {
    public CreateException(String message) {
        super(message);
    }
}
