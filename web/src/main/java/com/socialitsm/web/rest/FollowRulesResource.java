package com.socialitsm.web.rest;

import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.FollowService;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.web.CurrentUser;

/** Admin only: {@code GET/PUT /admin/follows/rules}, which kinds of participation auto-follow the participant. */
@AdminOnly
@Path("/admin/follows/rules")
@Produces(MediaType.APPLICATION_JSON)
public final class FollowRulesResource {
    private final FollowService follows;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    public FollowRulesResource(SocialApp app, CurrentUser currentUser) {
        this.follows = app.follows();
        this.access = app.access();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @GET
    public FollowRulesJson rules() {
        requireAdmin();
        return FollowRulesJson.of(follows.rules());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowRulesJson update(FollowRulesJson rules) {
        requireAdmin();
        Requests.requireBody(rules);
        return FollowRulesJson.of(follows.updateRules(rules.applyTo(follows.rules())));
    }

    private void requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!access.isAdmin(java.util.Optional.of(user))) {
            throw ApiException.forbidden("Only administrators may change the auto-follow rules.");
        }
    }
}
