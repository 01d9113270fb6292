package com.socialitsm.web.rest;

import java.time.Instant;
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
import com.socialitsm.hashtag.BackfillJob;
import com.socialitsm.hashtag.BackfillProgress;
import com.socialitsm.web.CurrentUser;

/**
 * Admin only: "tag existing issues". {@code POST /admin/backfill} with {@code {"labels": true|false}} (and, if the
 * pace should change, {@code "issuesPerSecond": n}) starts the backfill in the background or resumes an interrupted
 * one (202 with the progress; 409 while one runs); {@code GET /admin/backfill} tells how far it came, from the
 * database, on any node. Takes JSON alone, which a cross-site form cannot send without a CORS preflight.
 */
@AdminOnly
@Path("/admin/backfill")
@Produces(MediaType.APPLICATION_JSON)
public final class BackfillResource {
    private final SocialApp app;
    private final BackfillJob job;
    private final CurrentUser currentUser;

    public BackfillResource(SocialApp app, CurrentUser currentUser, BackfillJob job) {
        this.app = Objects.requireNonNull(app);
        this.job = Objects.requireNonNull(job);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    public record BackfillRequest(Boolean labels, Integer issuesPerSecond) {
    }

    /**
     * The progress: {@code state} idle, running, done, interrupted or failed; {@code percent} 0-100; {@code error}
     * the last issue that could not be tagged, or why the run failed.
     */
    public record ProgressJson(String state, long done, long total, int percent, boolean labels, long tagged,
                               int errors, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                               Optional<String> error, int issuesPerSecond) {
        static ProgressJson of(BackfillProgress p, int issuesPerSecond) {
            boolean idle = p.state() == BackfillProgress.State.IDLE;
            return new ProgressJson(p.state().id(), p.done(), p.total(), p.percent(), p.labels(), p.tagged(),
                    p.errors(), idle ? Optional.empty() : Optional.of(p.startedAt()), p.finishedAt(), p.lastError(),
                    issuesPerSecond);
        }
    }

    @GET
    public ProgressJson progress() {
        requireAdmin();
        return ProgressJson.of(job.progress(), job.issuesPerSecond());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(BackfillRequest body) {
        requireAdmin();
        BackfillRequest request = Requests.requireBody(body);
        if (request.issuesPerSecond() != null) {
            int pace = request.issuesPerSecond();
            if (pace < 1 || pace > BackfillJob.MAX_ISSUES_PER_SECOND) {
                throw ApiException.badRequest("issuesPerSecond must be 1 to " + BackfillJob.MAX_ISSUES_PER_SECOND
                        + ".");
            }
            app.store().executeInTransaction(() -> {
                job.setIssuesPerSecond(pace);
                return null;
            });
        }
        BackfillJob.Start start = job.start(Boolean.TRUE.equals(request.labels()));
        if (!start.started()) {
            BackfillProgress running = start.progress();
            throw ApiException.conflict(running.state() == BackfillProgress.State.RUNNING
                    ? "Existing issues are being tagged already (" + running.percent() + "% done); wait for it to "
                    + "finish."
                    : "The backfill could not be started: " + running.lastError().orElse("the app is stopping."));
        }
        return Response.status(Response.Status.ACCEPTED)
                .entity(ProgressJson.of(start.progress(), job.issuesPerSecond())).build();
    }

    private void requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!app.access().isAdmin(Optional.of(user))) {
            throw ApiException.forbidden("Only administrators can tag existing issues.");
        }
    }
}
