// Source: decompiled ActiveObjects interface (AO-IFACE, jira-api-facts.md §3.1): getFastCountEstimate(...) throws SQLException, FailedFastCountException
// Confidence: [V] the name and package; [U] the superclass (checked Exception assumed)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.activeobjects.external;

public class FailedFastCountException extends Exception {
    public FailedFastCountException(String message) {
        super(message);
    }
}
