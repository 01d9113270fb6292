package com.socialitsm.web.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import com.socialitsm.app.SocialApp;
import com.socialitsm.privacy.DataExport;
import com.socialitsm.store.Schema;
import com.socialitsm.web.CurrentUser;

/**
 * Admin only: {@code GET /admin/export}, everything the app stores as one JSON document (a download), for data
 * protection requests and audits: {@code {"app", "schemaVersion", "exportedAt", "tables": {"Follow": [{...}, ...],
 * ...}}} with every table of the schema. Streamed: rows are read a page at a time and written as they come, so the
 * export of millions of rows holds one page in memory. Should the database fail half-way, the document ends
 * unfinished (invalid JSON) rather than looking complete.
 */
@AdminOnly
@Path("/admin/export")
public final class DataExportResource {
    static final String FILE_NAME = "social-itsm-export.json";

    private final SocialApp app;
    private final CurrentUser currentUser;

    public DataExportResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        String user = Requests.requireUser(currentUser);
        if (!app.access().isAdmin(Optional.of(user))) {
            throw ApiException.forbidden("Only administrators may export the app's data.");
        }
        Instant exportedAt = app.clock().instant();
        StreamingOutput body = out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("app", "social-itsm");
                json.writeNumberField("schemaVersion", Schema.CURRENT_VERSION);
                json.writeStringField("exportedAt", exportedAt.toString());
                json.writeObjectFieldStart("tables");
                new DataExport(app.store()).writeTo(new JsonSink(json));
                json.writeEndObject();
                json.writeEndObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Writes each table as an array of row objects. */
    private record JsonSink(JsonGenerator json) implements DataExport.Sink {
        @Override
        public void beginTable(String table) {
            write(() -> json.writeArrayFieldStart(table));
        }

        @Override
        public void row(Map<String, Object> columns) {
            write(() -> {
                json.writeStartObject();
                for (Map.Entry<String, Object> column : columns.entrySet()) {
                    Object value = column.getValue();
                    json.writeFieldName(column.getKey());
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof Number number) {
                        json.writeNumber(number.toString());
                    } else if (value instanceof Boolean bool) {
                        json.writeBoolean(bool);
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            });
        }

        @Override
        public void endTable(String table, long rows) {
            write(json::writeEndArray);
        }

        private static void write(IoWork work) {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }
}
