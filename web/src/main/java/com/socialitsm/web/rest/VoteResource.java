package com.socialitsm.web.rest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.settings.Feature;
import com.socialitsm.vote.Boss;
import com.socialitsm.vote.TopIssue;
import com.socialitsm.vote.VoteService;
import com.socialitsm.vote.VoteStatus;
import com.socialitsm.web.CurrentUser;

/**
 * Upvotes: {@code PUT/DELETE/GET /votes/issue/{key}} and {@code GET /votes/top}. Voting twice is not an error: the
 * answer is the same {@code voted: true}, so a double click or a retried request is harmless.
 */
@Path("/votes")
@Produces(MediaType.APPLICATION_JSON)
public final class VoteResource {
    private final VoteService votes;
    private final CurrentUser currentUser;
    private final FeatureGate gate;
    private final Clock clock;

    public VoteResource(SocialApp app, CurrentUser currentUser) {
        this.votes = app.votes();
        this.clock = app.clock();
        this.currentUser = currentUser;
        this.gate = new FeatureGate(app);
    }

    /** An issue's votes as the caller sees them. */
    public record VoteJson(String issueKey, int count, boolean voted) {
        static VoteJson of(VoteStatus status) {
            return new VoteJson(status.issueKey(), status.count(), status.voted());
        }
    }

    /** An issue in a top or rising list; {@code count} is what the list ranks by. */
    public record TopIssueJson(String issueKey, String summary, int count) {
    }

    @PUT
    @Path("/issue/{key}")
    public VoteJson vote(@PathParam("key") String issueKey) {
        String user = Requests.requireUser(currentUser);
        gate.requireOnForIssue(Feature.VOTES, user, issueKey);
        return VoteJson.of(Outcomes.value(votes.vote(user, issueKey)).status());
    }

    @DELETE
    @Path("/issue/{key}")
    public VoteJson unvote(@PathParam("key") String issueKey) {
        String user = Requests.requireUser(currentUser);
        gate.requireOnForIssue(Feature.VOTES, user, issueKey);
        return VoteJson.of(Outcomes.value(votes.unvote(user, issueKey)).status());
    }

    @AnonymousSiteAccess
    @GET
    @Path("/issue/{key}")
    public VoteJson status(@PathParam("key") String issueKey) {
        return votes.status(currentUser.userKey(), issueKey).map(VoteJson::of).orElseThrow(VoteResource::noSuchIssue);
    }

    /** The project's most-voted issues, or with {@code rising=true} those with most votes in the last 7 days. */
    @AnonymousSiteAccess
    @GET
    @Path("/top")
    public List<TopIssueJson> top(@QueryParam("project") String project, @QueryParam("limit") String limit,
                                  @QueryParam("rising") boolean rising) {
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        int n = Requests.limit(limit);
        return (rising ? votes.rising(currentUser.userKey(), project, n) : votes.top(currentUser.userKey(), project, n))
                .orElseThrow(() -> ApiException.notFound("There is no such project."))
                .stream().map(VoteResource::json).toList();
    }

    /** The project's boss: {@code boss} is null when no open issue has votes (or the viewer may not see it). */
    public record BossJson(String project, BossIssueJson boss) {
    }

    /** {@code since} is the issue's first recorded activity; {@code ageDays} the whole days since then. */
    public record BossIssueJson(String issueKey, String summary, int votes, java.time.Instant since, long ageDays) {
    }

    /** The project's most-upvoted open issue, for the leaderboard page; 404 for a missing or hidden project. */
    @AnonymousSiteAccess
    @GET
    @Path("/boss")
    public BossJson boss(@QueryParam("project") String project) {
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        Optional<Boss> boss = Outcomes.value(votes.boss(currentUser.userKey(), project));
        return new BossJson(project.trim(), boss.map(b -> new BossIssueJson(b.issueKey(), b.summary(), b.votes(),
                b.since(), Math.max(0, java.time.Duration.between(b.since(), clock.instant()).toDays()))).orElse(null));
    }

    private static TopIssueJson json(TopIssue issue) {
        return new TopIssueJson(issue.issueKey(), issue.summary(), issue.count());
    }

    private static ApiException noSuchIssue() {
        return ApiException.notFound("There is no such issue, or you may not see it.");
    }
}
