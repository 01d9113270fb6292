package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.glassfish.grizzly.http.server.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the devhost's own answers (outside Jersey): JSON bodies, errors and redirects. An error body carries both
 * the app's shape ({@code error}, {@code message}, as in API.md) and Jira's ({@code errorMessages}, {@code errors}),
 * so a script written against either reads it.
 */
public final class Answers {
    private final ObjectMapper mapper;

    public Answers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public void json(Response response, int status, Object body) throws IOException {
        send(response, status, "application/json;charset=UTF-8", mapper.writeValueAsBytes(body));
    }

    public void noContent(Response response) {
        response.setStatus(204);
        response.setContentLength(0);
    }

    public void error(Response response, int status, String code, String message) throws IOException {
        error(response, status, code, message, Map.of());
    }

    public void error(Response response, int status, String code, String message, Map<String, String> fieldErrors)
            throws IOException {
        json(response, status, new ErrorBody(code, message, List.of(message), fieldErrors));
    }

    /** The JSON body of every devhost error. */
    public record ErrorBody(String error, String message, List<String> errorMessages, Map<String, String> errors) {
    }

    public void html(Response response, int status, String html) throws IOException {
        send(response, status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A whole answer that no cache keeps: the app's pages and JSON speak of one user's view at one moment. */
    private static void send(Response response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** 302 for a GET that must go elsewhere; {@link #seeOther} after a form post. */
    public void redirect(Response response, String location) {
        response.setStatus(302);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }

    public void seeOther(Response response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }
}
