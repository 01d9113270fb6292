package com.socialitsm.web.rest;

import com.socialitsm.web.CurrentUser;

/**
 * Checks every resource makes on what it was sent, each failing with the REST contract's 4xx. Kept in one place so
 * that "limit 1–100" or "log in first" reads and answers the same everywhere.
 */
public final class Requests {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Requests() {
    }

    /** The caller's user key, or 401. */
    public static String requireUser(CurrentUser currentUser) {
        return currentUser.userKey().orElseThrow(ApiException::notLoggedIn);
    }

    /** {@code limit} as given (1–100), or the default when absent. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /**
     * {@code limit} as sent in a query string (1–100), or the default when absent. Taken as text because JAX-RS
     * answers a query parameter it cannot convert with 404, and a malformed limit is a 400.
     */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return limit(Integer.valueOf(limit.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit must be a number between 1 and " + MAX_LIMIT + ".");
        }
    }

    /** A required body, or 400. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON request body is required.");
        }
        return body;
    }

    /** A text no longer than {@code max} characters, or 400 naming the field. */
    public static String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(field + " must be at most " + max + " characters.");
        }
        return value;
    }
}
