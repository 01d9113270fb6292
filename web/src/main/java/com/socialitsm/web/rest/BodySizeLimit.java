package com.socialitsm.web.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request body over 1 MB with 413 and a JSON error, before anything parses it: at once when the
 * Content-Length says so, else (chunked bodies) as soon as the stream passes the limit while it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodySizeLimit implements ContainerRequestFilter {
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private final long maxBytes;

    public BodySizeLimit() {
        this(MAX_BODY_BYTES);
    }

    /** Another limit, for tests; hosts use the one public constructor (Jira's REST v2 builds providers with it). */
    BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    request.abortWith(tooLarge());
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(ApiExceptionMapper.answer(400, "bad_request", "The Content-Length is not a number."));
                return;
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private static Response tooLarge() {
        return ApiExceptionMapper.answer(413, "too_large", "The request body is larger than 1 MB.");
    }

    /** Counts what is read and fails with 413 past the limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
