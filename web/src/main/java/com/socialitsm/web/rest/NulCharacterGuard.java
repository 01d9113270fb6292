package com.socialitsm.web.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses text with a NUL character (U+0000) with 400, in the path, the query or a JSON body — raw or as the
 * {@code \u0000} escape. PostgreSQL cannot store NUL in a text column and fails the statement, so without this a
 * question search for {@code a%00b} was a 500; no user text ever needs it. Runs after {@link BodySizeLimit}, so
 * the body it reads is at most 1 MB.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 90)
public final class NulCharacterGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String rawUri = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + String.valueOf(request.getUriInfo().getRequestUri().getRawQuery());
        if (rawUri.toLowerCase(Locale.ROOT).contains("%00")) {
            request.abortWith(refused());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (containsNul(body)) {
            request.abortWith(refused());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** A raw 0x00 byte, or a JSON {@code \u0000} escape (an odd run of backslashes before {@code u0000}). */
    static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == 'u' && i + 4 < body.length && body[i + 1] == '0' && body[i + 2] == '0'
                    && body[i + 3] == '0' && body[i + 4] == '0') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && body[j] == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static jakarta.ws.rs.core.Response refused() {
        return ApiExceptionMapper.answer(400, "bad_text", "Text may not contain NUL characters.");
    }
}
