package com.socialitsm.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import com.socialitsm.store.DatabaseOutages;

/**
 * The one place where failures become HTTP answers: {@link ApiException}s with their status, malformed JSON as 400,
 * JAX-RS's own errors (404 for an unknown path, 405, 415) with a JSON body, the database being unreachable as a 503
 * with {@code Retry-After} (the transaction was rolled back; the client may try again), anything else as a 500 that
 * is logged and never shows a stack trace.
 */
@Provider
public final class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionMapper.class);
    /** The error code, message and retry hint of a 503 while the database is unreachable; hosts answer the same. */
    public static final String UNAVAILABLE_CODE = "unavailable";
    public static final String UNAVAILABLE_MESSAGE =
            "The database cannot be reached just now. Try again in a few seconds.";
    public static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            return answer(api.status(), api.code(), api.getMessage());
        }
        if (failure instanceof JsonProcessingException || failure instanceof java.io.EOFException
                || failure instanceof java.io.CharConversionException
                || failure.getCause() instanceof JsonProcessingException) {
            // A body that is not JSON, ends early (Jackson's provider throws a bare EOFException for "{"), or is
            // not valid UTF-8: the client's fault, never a 500.
            return answer(400, "bad_json", "The request body is not valid JSON of the expected shape.");
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 404) {
                return answer(404, "not_found", "There is no such resource.");
            }
            if (status == 405) {
                return answer(405, "method_not_allowed", "This method is not allowed here.");
            }
            if (status == 415) {
                return answer(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
            }
            if (status == 413) {
                return answer(413, "too_large", "The request body is larger than 1 MB.");
            }
            if (status < 500) {
                if (web.getCause() instanceof JsonProcessingException) {
                    return answer(400, "bad_json", "The request body is not valid JSON of the expected shape.");
                }
                return answer(status, "bad_request", "The request could not be understood.");
            }
        }
        if (DatabaseOutages.isOutage(failure)) {
            LOG.warn("The database is unreachable; answered 503: {}", failure.toString());
            return unavailable();
        }
        LOG.error("Unexpected failure serving a REST request", failure);
        return answer(500, "internal_error", "Something went wrong on our side; it has been logged.");
    }

    /**
     * 503 while the database cannot be reached. The transaction was rolled back — unless the connection broke while
     * the database was committing it, which no client can tell apart: a PUT or DELETE may simply be sent again, a
     * POST may have been saved (the two-node test sees 0–2 such among ~15 creations answered 503 while PostgreSQL
     * restarts: the commit went through before the connection broke, or reading the result back for the answer
     * failed).
     */
    public static Response unavailable() {
        return Response.fromResponse(answer(503, UNAVAILABLE_CODE, UNAVAILABLE_MESSAGE))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message)).build();
    }
}
