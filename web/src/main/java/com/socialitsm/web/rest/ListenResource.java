package com.socialitsm.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.SocialApp;
import com.socialitsm.listening.ChatMessage;
import com.socialitsm.listening.Delivery;
import com.socialitsm.listening.Heard;
import com.socialitsm.listening.ListenFormat;
import com.socialitsm.listening.ListeningService;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.web.CurrentUser;

/**
 * The listening post's URL, {@code POST /listen/{secret}}: where chat integrations post messages. No login (in Jira
 * {@code @UnrestrictedAccess}, whether or not the site allows anonymous access; the devhost lists the path as public):
 * the secret in the path is the credential, checked by {@link ListeningService#hear}. Other servers cannot send
 * Jira's XSRF header, so the method is excluded from the XSRF check ({@code @XsrfProtectionExcluded} in Jira,
 * {@link XsrfCheck}'s exception elsewhere); it carries no user's session, so there is nothing to forge.
 *
 * <p>Slack and Mattermost outgoing webhooks send a form ({@code text}, {@code token}, ...); Mattermost may send the
 * same fields as JSON; Teams sends JSON with {@code text}; anything else {@code {"text": "..."}}. A form is taken
 * through {@code @FormParam}, which Jersey fills from the servlet's parameters when a filter before it (Jira's login
 * filters) has read the body already. Answers: 200 with the tags counted (for Teams also the reply message Teams
 * expects); 413 past 64 KB; then in the service's order 404, 429, 401, 400 — every one JSON.
 */
@Path("/listen")
@Produces(MediaType.APPLICATION_JSON)
public final class ListenResource {
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final ListeningService listening;
    private final ObjectMapper json = new ObjectMapper();

    public ListenResource(SocialApp app, CurrentUser currentUser) {
        this.listening = app.listening();
    }

    /** What the URL answers: the tags counted; for Teams, a reply message as Teams expects one. */
    public record HeardJson(List<String> tags) {
    }

    /** Teams shows {@code text} in the channel as the answer to the message that mentioned the webhook. */
    public record TeamsReplyJson(String type, String text, List<String> tags) {
    }

    /** Slack and Mattermost (form posts). */
    @UnrestrictedAccess
    @XsrfProtectionExcluded
    @POST
    @Path("{secret}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object form(@PathParam("secret") String secret, @HeaderParam("Content-Length") String length,
                       @FormParam("text") String text, @FormParam("token") String token) {
        refuseLarge(length);
        int size = (text == null ? 0 : text.length()) + (token == null ? 0 : token.length());
        if (size > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        Optional<ChatMessage> message = Optional.ofNullable(text)
                .map(t -> new ChatMessage(t, Optional.ofNullable(token)));
        return answer(listening.hear(secret, new Delivery(body, Optional.empty(), message)));
    }

    /** Teams, Mattermost's JSON and plain {@code {"text"}}; any other content type is a malformed message (400). */
    @UnrestrictedAccess
    @XsrfProtectionExcluded
    @POST
    @Path("{secret}")
    @Consumes(MediaType.WILDCARD)
    public Object json(@PathParam("secret") String secret, @HeaderParam("Content-Length") String length,
                       @HeaderParam("Content-Type") String contentType, @HeaderParam("Authorization") String authorization,
                       InputStream entity) {
        refuseLarge(length);
        byte[] body = read(entity);
        Optional<ChatMessage> message = isJson(contentType) ? parse(body) : Optional.empty();
        return answer(listening.hear(secret, new Delivery(body, Optional.ofNullable(authorization), message)));
    }

    private static Object answer(Outcome<Heard> outcome) {
        Heard heard = Outcomes.value(outcome);
        if (heard.format() == ListenFormat.TEAMS) {
            String text = heard.tags().isEmpty() ? "No hashtags heard."
                    : "Heard " + heard.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" ")) + ".";
            return new TeamsReplyJson("message", text, heard.tags());
        }
        return new HeardJson(heard.tags());
    }

    private static void refuseLarge(String length) {
        if (length == null) {
            return;
        }
        try {
            if (Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The Content-Length is not a number.");
        }
    }

    private static byte[] read(InputStream entity) {
        if (entity == null) {
            return new byte[0];
        }
        try {
            byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "too_large", "A message is at most 64 KB.");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** {@code text} (a string) and, if sent, {@code token} of a JSON object; empty for anything else. */
    private Optional<ChatMessage> parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject() || !root.path("text").isTextual()) {
                return Optional.empty();
            }
            JsonNode token = root.path("token");
            return Optional.of(new ChatMessage(root.get("text").asText(),
                    token.isTextual() ? Optional.of(token.asText()) : Optional.empty()));
        } catch (IOException e) { // malformed JSON (JsonProcessingException) included
            return Optional.empty();
        }
    }
}
