package com.socialitsm.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Jersey's Jackson feature brings mappers of its own for {@link JsonParseException} and
 * {@link JsonMappingException} that answer 400 with a plain-text body naming Jackson internals. Being more specific
 * than {@link ApiExceptionMapper} they would win; these, registered by every host through {@link SocialResources},
 * answer with our JSON {@code {error, message}} instead (found by the REST fuzz test).
 */
public final class JsonErrorMappers {
    private JsonErrorMappers() {
    }

    static Response badJson() {
        return ApiExceptionMapper.answer(400, "bad_json", "The request body is not valid JSON of the expected shape.");
    }

    @Provider
    @Priority(1)
    public static final class Parse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException failure) {
            return badJson();
        }
    }

    @Provider
    @Priority(1)
    public static final class Mapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException failure) {
            return badJson();
        }
    }
}
