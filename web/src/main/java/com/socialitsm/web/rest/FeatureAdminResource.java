package com.socialitsm.web.rest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * Admin only: which features are on in which project. {@code GET /admin/features} lists every project with a switch
 * per feature; {@code PUT /admin/features/{projectKey}} with {@code {"qa": false, "votes": true}} switches some.
 */
@AdminOnly
@Path("/admin/features")
@Produces(MediaType.APPLICATION_JSON)
public final class FeatureAdminResource {
    private final SocialApp app;
    private final CurrentUser currentUser;

    public FeatureAdminResource(SocialApp app, CurrentUser currentUser) {
        this.app = Objects.requireNonNull(app);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /** One project's switches, {@code true} = on, keyed by feature id in a fixed order. */
    public record ProjectFeaturesJson(String key, String name, Map<String, Boolean> features) {
        static ProjectFeaturesJson of(ProjectRef project, Set<Feature> off) {
            Map<String, Boolean> features = new LinkedHashMap<>();
            for (Feature feature : Feature.values()) {
                features.put(feature.id(), !off.contains(feature));
            }
            return new ProjectFeaturesJson(project.key(), project.name(), features);
        }
    }

    public record FeaturesJson(List<String> features, List<ProjectFeaturesJson> projects) {
    }

    @GET
    public FeaturesJson all() {
        requireAdmin();
        Map<Long, Set<Feature>> off = app.features().allOff();
        return new FeaturesJson(Arrays.stream(Feature.values()).map(Feature::id).toList(),
                app.issues().projects().stream()
                        .map(project -> ProjectFeaturesJson.of(project, off.getOrDefault(project.id(), Set.of())))
                        .toList());
    }

    @PUT
    @Path("/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectFeaturesJson update(@PathParam("projectKey") String projectKey, Map<String, Boolean> switches) {
        requireAdmin();
        Requests.requireBody(switches);
        ProjectRef project = app.issues().projectByKey(projectKey.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound("There is no such project."));
        Map<Feature, Boolean> on = new EnumMap<>(Feature.class);
        for (Map.Entry<String, Boolean> entry : switches.entrySet()) {
            Feature feature = Feature.byId(entry.getKey()).orElseThrow(() -> ApiException.badRequest(
                    "Unknown feature " + entry.getKey() + "; the features are "
                            + String.join(", ", Arrays.stream(Feature.values()).map(Feature::id).toList()) + "."));
            if (entry.getValue() == null) {
                throw ApiException.badRequest(entry.getKey() + " must be true or false.");
            }
            on.put(feature, entry.getValue());
        }
        return ProjectFeaturesJson.of(project, app.features().set(project.id(), on));
    }

    private void requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!app.access().isAdmin(Optional.of(user))) {
            throw ApiException.forbidden("Only administrators may switch features.");
        }
    }
}
