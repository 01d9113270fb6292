// Source: throws clause of getSingularObjectFromString in public CalculatedCFType subclasses (code search)
// Confidence: [C] name and package; [U] superclass (RuntimeException assumed; the app declares but never throws it)
// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html (Jira 10.3 javadoc of jira-api; no 11.x jira-api javadoc was found in the stored sources, so 11.3 is [I]: a @PublicApi member the Slack app's 10 -> 11 diff does not touch)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.impl;

public class FieldValidationException extends RuntimeException {
    public FieldValidationException(String message) {
        super(message);
    }
}
