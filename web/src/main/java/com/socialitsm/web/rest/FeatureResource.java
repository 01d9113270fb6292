package com.socialitsm.web.rest;

import java.util.Objects;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * {@code GET /features/issue/{key}}: which features are on for an issue's project, so the issue view shows only the
 * panels that apply. 404 for an issue the caller may not see.
 */
@Path("/features")
@Produces(MediaType.APPLICATION_JSON)
public final class FeatureResource {
    private final SocialApp app;
    private final CurrentUser currentUser;

    public FeatureResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    public record IssueFeaturesJson(String issueKey, String projectKey, java.util.Map<String, Boolean> features) {
    }

    @AnonymousSiteAccess
    @GET
    @Path("/issue/{key}")
    public IssueFeaturesJson issue(@PathParam("key") String issueKey) {
        IssueRef issue = app.issues().byKey(issueKey.trim())
                .filter(found -> app.access().canBrowse(currentUser.userKey(), found.id()))
                .orElseThrow(() -> ApiException.notFound("There is no such issue, or you may not see it."));
        Set<Feature> off = app.features().offIn(issue.projectId());
        java.util.Map<String, Boolean> features = new java.util.LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            features.put(feature.id(), !off.contains(feature));
        }
        return new IssueFeaturesJson(issue.key(), issue.projectKey(), features);
    }
}
