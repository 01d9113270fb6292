package com.socialitsm.web.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the REST API writes and reads JSON, the same in every host: records as objects, {@code Optional} as its value
 * or null, {@code java.time} values as ISO-8601 strings ("2025-01-31T09:30:00Z"), and unknown fields in a request
 * ignored (clients may send more than a resource reads, as Jira's own REST API allows).
 *
 * <p>Deliberately not annotated {@code @Provider}: Jira's REST module scans this package, and whether Jira should use
 * this mapping (it needs jackson-datatype-jdk8 and -jsr310 at run time) is the Jira app's decision. Hosts register it
 * explicitly through {@link SocialResources#providers()}.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class JsonMapping implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = createMapper();

    /** The mapper, also for hosts and tests that write JSON outside JAX-RS. */
    public static ObjectMapper createMapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
