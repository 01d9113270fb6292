package com.socialitsm.web.rest;

import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.TargetType;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * Follow anything: {@code PUT/DELETE /follows/{type}/{id}} with type issue (by key), hashtag, user or project (by
 * key); {@code GET /follows/{type}/{id}} for where the caller stands and the follower count; {@code GET /follows}
 * for the caller's follows; {@code PUT/DELETE /follows/{type}/{id}/mute} to mute an issue, or a followed hashtag,
 * person or project (409 when not followed). A hidden issue or project is a 404 like a missing one.
 */
@Path("/follows")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowResource {
    private final FollowService follows;
    private final CurrentUser currentUser;
    private final FeatureGate gate;

    public FollowResource(SocialApp app, CurrentUser currentUser) {
        this.follows = app.follows();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.gate = new FeatureGate(app);
    }

    @GET
    public List<FollowListEntryJson> myFollows() {
        String user = Requests.requireUser(currentUser);
        return follows.follows(user).stream().map(FollowListEntryJson::of).toList();
    }

    @AnonymousSiteAccess
    @GET
    @Path("{type}/{id}")
    public FollowJson status(@PathParam("type") String type, @PathParam("id") String id) {
        TargetType target = type(type);
        return FollowJson.of(Outcomes.value(follows.status(currentUser.userKey(), target, id)));
    }

    @PUT
    @Path("{type}/{id}")
    public FollowJson follow(@PathParam("type") String type, @PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        TargetType target = type(type);
        // Unfollowing stays possible where follows are off: nobody is kept following what they cannot manage.
        if (target == TargetType.ISSUE) {
            gate.requireOnForIssue(Feature.FOLLOWS, user, id);
        } else if (target == TargetType.PROJECT) {
            gate.requireOnForProject(Feature.FOLLOWS, user, id);
        }
        return FollowJson.of(Outcomes.value(follows.follow(user, target, id)));
    }

    @DELETE
    @Path("{type}/{id}")
    public FollowJson unfollow(@PathParam("type") String type, @PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        TargetType target = type(type);
        return FollowJson.of(Outcomes.value(follows.unfollow(user, target, id)));
    }

    @PUT
    @Path("{type}/{id}/mute")
    public FollowJson mute(@PathParam("type") String type, @PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        return FollowJson.of(Outcomes.value(follows.mute(user, type(type), id)));
    }

    @DELETE
    @Path("{type}/{id}/mute")
    public FollowJson unmute(@PathParam("type") String type, @PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        return FollowJson.of(Outcomes.value(follows.unmute(user, type(type), id)));
    }

    static TargetType type(String type) {
        return TargetType.fromCode(type).orElseThrow(() ->
                ApiException.badRequest("type must be issue, hashtag, user or project."));
    }
}
