package com.socialitsm.web.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.listening.ListeningService;
import com.socialitsm.listening.ListeningSettings;
import com.socialitsm.listening.ListeningSource;
import com.socialitsm.web.CurrentUser;

/**
 * The listening post's administration, admins only: add, list and remove sources (each answered with its secret URL),
 * and the settings (the per-source rate limit, chatter's weight in trending).
 */
@AdminOnly
@Path("/admin/listening")
@Produces(MediaType.APPLICATION_JSON)
public final class ListeningAdminResource {
    private final ListeningService listening;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    public ListeningAdminResource(SocialApp app, CurrentUser currentUser) {
        this.listening = app.listening();
        this.access = app.access();
        this.currentUser = currentUser;
    }

    /** A new source: {@code sharedKey} is optional (Teams: its security token; Slack/Mattermost: the token). */
    public record NewSource(String name, String format, String sharedKey) {
    }

    /**
     * A source: {@code url} is where the chat integration posts (absolute, as this request reached the app);
     * {@code signed} whether messages must carry the shared key's signature or token; {@code lastHeard} (ISO-8601)
     * and {@code lastExcerpt} what it last posted within the 30 days excerpts are kept, or null.
     */
    public record SourceJson(long id, String name, String format, String url, boolean signed, String createdAt,
                             String lastHeard, String lastExcerpt) {
        static SourceJson of(ListeningSource source, URI base) {
            return new SourceJson(source.id(), source.name(), source.format().key(),
                    base.resolve("listen/" + source.secret()).toString(), source.signed(),
                    source.createdAt().toString(), source.lastHeard().map(Object::toString).orElse(null),
                    source.lastExcerpt().orElse(null));
        }
    }

    /** The settings; in a PUT each field is optional (absent = unchanged). */
    public record SettingsJson(Integer perMinute, Double trendingWeight) {
        static SettingsJson of(ListeningSettings s) {
            return new SettingsJson(s.perMinute(), s.trendingWeight());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewSource body, @Context UriInfo uri) {
        String admin = requireAdmin();
        Requests.requireBody(body);
        ListeningSource source = Outcomes.value(listening.addSource(admin, body.name(), body.format(),
                Optional.ofNullable(body.sharedKey())));
        return Response.status(201).entity(SourceJson.of(source, base(uri))).build();
    }

    @GET
    public List<SourceJson> list(@Context UriInfo uri) {
        requireAdmin();
        URI base = base(uri);
        return listening.sources().stream().map(s -> SourceJson.of(s, base)).toList();
    }

    /** Removes the source, its messages and its chatter; its URL answers 404 from now on. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        requireAdmin();
        long sourceId = Requests.nonNegative("id", id).orElseThrow(() -> ApiException.badRequest("id is required."));
        if (!listening.removeSource(sourceId)) {
            throw ApiException.notFound("There is no such listening source.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("settings")
    public SettingsJson settings() {
        requireAdmin();
        return SettingsJson.of(listening.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson updateSettings(SettingsJson change) {
        requireAdmin();
        Requests.requireBody(change);
        ListeningSettings now = listening.settings();
        ListeningSettings changed;
        try {
            changed = new ListeningSettings(change.perMinute() == null ? now.perMinute() : change.perMinute(),
                    change.trendingWeight() == null ? now.trendingWeight() : change.trendingWeight());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + ".");
        }
        listening.updateSettings(changed);
        return SettingsJson.of(changed);
    }

    /** The REST base ({@code .../rest/social/1.0/}) the caller used, so the URL works from where they are. */
    private static URI base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    private String requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!access.isAdmin(Optional.of(user))) {
            throw ApiException.forbidden("Only administrators may manage the listening post.");
        }
        return user;
    }
}
