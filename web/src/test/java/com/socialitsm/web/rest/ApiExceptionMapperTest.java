package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.socialitsm.store.StoreException;

/** An unreachable database is a 503 the client may retry; any other unexpected failure stays a 500. */
class ApiExceptionMapperTest {
    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        Response response = mapper.toResponse(new StoreException("Transaction failed and was rolled back",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((ApiError) response.getEntity()).error()).isEqualTo("unavailable");
    }

    @Test
    void otherDatabaseFailuresAreA500() {
        Response response = mapper.toResponse(new StoreException("boom", new SQLException("syntax error", "42601")));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((ApiError) response.getEntity()).error()).isEqualTo("internal_error");
    }
}
