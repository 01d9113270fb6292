package com.socialitsm.web.rest;

import java.util.Optional;

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

    /**
     * {@code limit} as sent in a query string (1–100), or the default when absent. Every numeric query parameter is
     * taken as text: JAX-RS answers a query parameter it cannot convert with 404, and a malformed number is a 400.
     */
    public static int limit(String limit) {
        return limit(limit, DEFAULT_LIMIT);
    }

    /** {@link #limit(String)} with a default of the resource's own. */
    public static int limit(String limit, int whenAbsent) {
        if (limit == null || limit.isBlank()) {
            return whenAbsent;
        }
        return number(limit).filter(n -> n >= 1 && n <= MAX_LIMIT).orElseThrow(
                () -> ApiException.badRequest("limit must be a number between 1 and " + MAX_LIMIT + ".")).intValue();
    }

    /** A whole number {@code ≥ 0} sent in a query string, empty when absent, 400 naming the parameter otherwise. */
    public static Optional<Long> nonNegative(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(number(value).filter(n -> n >= 0).orElseThrow(
                () -> ApiException.badRequest(name + " must be a whole number of at least 0.")));
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
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
