package com.socialitsm.web.rest;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.web.CurrentUser;

/**
 * Who knows a tag: {@code GET /hashtags/{tag}/experts}, the people who resolved, had answers accepted and were thanked
 * most on its issues in the last 90 days, counted over what the caller may browse. A resource of its own beside
 * {@link HashtagResource} (as the label import is beside the hashtag admin): the answer is the kudos feature's.
 */
@Path("hashtags/{tag}/experts")
@Produces(MediaType.APPLICATION_JSON)
public final class TagExpertsResource {
    static final int DEFAULT_LIMIT = 5;

    private final KudosService kudos;
    private final CurrentUser currentUser;

    public TagExpertsResource(SocialApp app, CurrentUser currentUser) {
        this.kudos = Objects.requireNonNull(app).kudos();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /** Best first; {@code limit} 1–100 (default 5); {@code []} for a tag the caller sees nothing of; 400 bad tag. */
    @AnonymousSiteAccess
    @GET
    public List<TagExpertJson> experts(@PathParam("tag") String tag, @QueryParam("limit") String limit) {
        int size = Requests.limit(limit, DEFAULT_LIMIT);
        return Outcomes.value(kudos.experts(currentUser.userKey(), tag, size)).stream().map(TagExpertJson::of)
                .toList();
    }
}
