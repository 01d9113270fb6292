package com.socialitsm.devhost.jql;

/** A query Jira would refuse, with the message Jira would give (its {@code errorMessages} entry, HTTP 400). */
public final class JqlException extends RuntimeException {
    public JqlException(String message) {
        super(message, null, false, false);
    }
}
