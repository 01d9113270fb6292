package com.socialitsm.web.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The one place where failures become HTTP answers: {@link ApiException}s with their status, malformed JSON as 400,
 * JAX-RS's own errors (404 for an unknown path, 405, 415) with a JSON body, anything else as a 500 that is logged and
 * never shows a stack trace.
 */
@Provider
public final class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionMapper.class);

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
        LOG.error("Unexpected failure serving a REST request", failure);
        return answer(500, "internal_error", "Something went wrong on our side; it has been logged.");
    }

    static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(code, message)).build();
    }
}
