// Source: throws clause of getSingularObjectFromString in public CalculatedCFType subclasses (code search)
// Confidence: [C] name and package; [U] superclass (RuntimeException assumed; the app declares but never throws it)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.issue.customfields.impl;

public class FieldValidationException extends RuntimeException {
    public FieldValidationException(String message) {
        super(message);
    }
}
