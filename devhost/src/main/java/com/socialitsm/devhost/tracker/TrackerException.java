package com.socialitsm.devhost.tracker;

import java.util.Map;

/**
 * A tracker request that cannot be done: the issue does not exist or the caller may not see it (never telling which),
 * or the input is invalid, with Jira's per-field messages.
 */
public final class TrackerException extends RuntimeException {

    public enum Reason { NOT_FOUND, INVALID }

    private final Reason reason;
    private final Map<String, String> fieldErrors;

    private TrackerException(Reason reason, String message, Map<String, String> fieldErrors) {
        super(message, null, false, false);
        this.reason = reason;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static TrackerException issueNotFound() {
        return new TrackerException(Reason.NOT_FOUND,
                "Issue does not exist or you do not have permission to see it.", Map.of());
    }

    public static TrackerException invalid(String field, String message) {
        return new TrackerException(Reason.INVALID, message, Map.of(field, message));
    }

    public static TrackerException invalid(String message) {
        return new TrackerException(Reason.INVALID, message, Map.of());
    }

    public Reason reason() {
        return reason;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
