package com.socialitsm.web.rest;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.LabelImportJob;
import com.socialitsm.hashtag.LabelImportProgress;
import com.socialitsm.host.LabeledIssues;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.web.CurrentUser;

/**
 * Admin only: the labels-to-hashtags import. {@code POST /admin/hashtags/import} with {@code {"project": "SD",
 * "source": "labels"|"components"|"both"}} starts it in the background (202 with the progress; 409 while another
 * import runs); {@code GET /admin/hashtags/import} tells how far the last one came, from the database, on any node.
 * Takes JSON alone, which a cross-site form cannot send without a CORS preflight (the XSRF protection REST needs).
 */
@AdminOnly
@Path("/admin/hashtags/import")
@Produces(MediaType.APPLICATION_JSON)
public final class LabelImportResource {
    private final SocialApp app;
    private final LabelImportJob job;
    private final CurrentUser currentUser;

    public LabelImportResource(SocialApp app, CurrentUser currentUser, LabelImportJob job) {
        this.app = Objects.requireNonNull(app);
        this.job = Objects.requireNonNull(job);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    public record ImportRequest(String project, String source) {
    }

    /** The progress as JSON; {@code state} idle, running, done, failed or interrupted; {@code percent} 0-100. */
    public record ProgressJson(String state, String project, String source, long done, long total, int percent,
                               int imported, int alreadyTagged, int invalid, int blocked, int errors,
                               Optional<String> lastError, Optional<Instant> startedAt, Optional<Instant> updatedAt) {
        static ProgressJson of(LabelImportProgress p) {
            boolean idle = p.state() == LabelImportProgress.State.IDLE;
            return new ProgressJson(p.state().id(), p.projectKey(), p.origin().name().toLowerCase(Locale.ROOT),
                    p.done(), p.total(), p.percent(), p.imported(), p.alreadyTagged(), p.invalid(), p.blocked(),
                    p.errors(), p.lastError(), idle ? Optional.empty() : Optional.of(p.startedAt()),
                    idle ? Optional.empty() : Optional.of(p.updatedAt()));
        }
    }

    @GET
    public ProgressJson progress() {
        requireAdmin();
        return ProgressJson.of(job.progress());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(ImportRequest body) {
        requireAdmin();
        ImportRequest request = Requests.requireBody(body);
        if (request.project() == null || request.project().isBlank()) {
            throw ApiException.badRequest("project (a project key) is required.");
        }
        ProjectRef project = app.issues().projectByKey(request.project().trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound("There is no such project."));
        LabelImportJob.Start start = job.start(project, origin(request.source()));
        if (!start.started()) {
            LabelImportProgress running = start.progress();
            throw ApiException.conflict(running.state() == LabelImportProgress.State.RUNNING
                    ? "An import is already running (project " + running.projectKey() + ", " + running.percent()
                    + "% done); wait for it to finish."
                    : "The import could not be started: " + running.lastError().orElse("the app is stopping."));
        }
        return Response.status(Response.Status.ACCEPTED).entity(ProgressJson.of(start.progress())).build();
    }

    private static LabeledIssues.Origin origin(String source) {
        if (source == null || source.isBlank()) {
            return LabeledIssues.Origin.LABELS;
        }
        try {
            return LabeledIssues.Origin.valueOf(source.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("source must be labels, components or both.");
        }
    }

    private void requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!app.access().isAdmin(Optional.of(user))) {
            throw ApiException.forbidden("Only administrators can import labels.");
        }
    }
}
