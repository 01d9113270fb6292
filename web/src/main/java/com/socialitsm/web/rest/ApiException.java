package com.socialitsm.web.rest;

/**
 * A request that cannot be served, with the HTTP status, a stable machine-readable code and a sentence for people.
 * The factory methods name the codes the REST contract uses.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notLoggedIn() {
        return new ApiException(401, "not_logged_in", "You need to log in to do this.");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    /** Also for things that exist but are hidden from the caller: never reveal a hidden issue. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException tooMany(String message) {
        return new ApiException(429, "too_many_requests", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
