package com.socialitsm.web.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.kudos.IssueKudos;
import com.socialitsm.kudos.KudosReceipt;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.kudos.LedgerAccess;
import com.socialitsm.kudos.LedgerPage;
import com.socialitsm.kudos.Period;
import com.socialitsm.kudos.UserProfile;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;

/**
 * Kudos: give thanks ({@code POST /kudos}), leaderboards, profiles, one's own ledger, opting out of leaderboards,
 * and the issue panel's data.
 */
@Path("/kudos")
@Produces(MediaType.APPLICATION_JSON)
public final class KudosResource {
    private final KudosService kudos;
    private final QuestionService questions;
    private final CurrentUser currentUser;
    private final FeatureGate gate;

    public KudosResource(SocialApp app, CurrentUser currentUser) {
        this.kudos = app.kudos();
        this.questions = app.questions();
        this.currentUser = currentUser;
        this.gate = new FeatureGate(app);
    }

    /** 201 with {@code {id, to, points}}; 400 self-kudos or a message over 2,000 characters; 404; 429 past the cap. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(KudosJson.GiveKudosRequest request) {
        String giver = Requests.requireUser(currentUser);
        Requests.requireBody(request);
        if (request.to() == null || request.to().isBlank()) {
            throw ApiException.badRequest("to is required: the user to thank.");
        }
        Requests.maxLength("message", request.message(), KudosService.MAX_MESSAGE);
        gate.requireOnForIssue(Feature.KUDOS, giver, request.issueKey());
        KudosReceipt given = Outcomes.value(kudos.give(giver, request.to(), request.issueKey(), request.message()));
        return Response.status(Response.Status.CREATED)
                .entity(new KudosJson.KudosGiven(given.id(), given.to(), given.points())).build();
    }

    /** {@code period} week (default), month, all (the current season) or last_week; {@code project} a key, or all projects. */
    @AnonymousSiteAccess
    @GET
    @Path("/leaderboard")
    public List<KudosJson.Row> leaderboard(@QueryParam("period") String period, @QueryParam("project") String project,
                                           @QueryParam("limit") String limit) {
        Period parsed = period == null || period.isBlank() ? Period.WEEK : Period.parse(period)
                .orElseThrow(() -> ApiException.badRequest("period must be week, month, all or last_week."));
        return kudos.leaderboard(currentUser.userKey(), parsed, project, Requests.limit(limit))
                .orElseThrow(() -> ApiException.notFound("There is no such project."))
                .rows().stream().map(KudosJson::row).toList();
    }

    @AnonymousSiteAccess
    @GET
    @Path("/users/{user}")
    public KudosJson.Profile profile(@PathParam("user") String user) {
        Optional<String> viewer = currentUser.userKey();
        UserProfile profile = kudos.profile(viewer, user)
                .orElseThrow(() -> ApiException.notFound("There is no such user."));
        return KudosJson.profile(profile, viewer.map(profile.user()::equals).orElse(false),
                questions.titlesOf(KudosJson.titlesNeeded(profile.recent())));
    }

    /** One's own ledger, newest first (admins may read anyone's); {@code before} is the cursor from {@code next}. */
    @GET
    @Path("/users/{user}/ledger")
    public KudosJson.Ledger ledger(@PathParam("user") String user, @QueryParam("limit") String limit,
                                   @QueryParam("before") String before) {
        Optional<String> viewer = currentUser.userKey();
        LedgerAccess access = kudos.ledgerAccess(viewer, user);
        if (access == LedgerAccess.NOT_FOUND) {
            throw ApiException.notFound("There is no such user.");
        }
        if (access == LedgerAccess.FORBIDDEN) {
            if (viewer.isEmpty()) {
                throw ApiException.notLoggedIn();
            }
            throw ApiException.forbidden("Only its owner and administrators may read a points ledger.");
        }
        long beforeId = Requests.nonNegative("before", before).orElse(0L);
        LedgerPage page = kudos.ledger(viewer, user, beforeId, Requests.limit(limit));
        Map<Long, String> titles = questions.titlesOf(KudosJson.titlesNeeded(page.items()));
        return new KudosJson.Ledger(page.items().stream().map(award -> KudosJson.award(award, titles)).toList(),
                page.nextBefore() == 0 ? null : page.nextBefore());
    }

    @GET
    @Path("/optout")
    public KudosJson.OptOut optedOut() {
        return new KudosJson.OptOut(kudos.isOptedOut(Requests.requireUser(currentUser)));
    }

    /** Leaves the caller off every leaderboard (and hides their points from others); idempotent. */
    @PUT
    @Path("/optout")
    public KudosJson.OptOut optOut() {
        kudos.optOut(Requests.requireUser(currentUser));
        return new KudosJson.OptOut(true);
    }

    @DELETE
    @Path("/optout")
    public KudosJson.OptOut optIn() {
        kudos.optIn(Requests.requireUser(currentUser));
        return new KudosJson.OptOut(false);
    }

    /** The issue panel: people to thank and the kudos given for the issue. */
    @AnonymousSiteAccess
    @GET
    @Path("/issue/{key}")
    public KudosJson.IssuePanel issue(@PathParam("key") String issueKey) {
        IssueKudos panel = kudos.issueKudos(currentUser.userKey(), issueKey)
                .orElseThrow(() -> ApiException.notFound("There is no such issue, or you may not see it."));
        return new KudosJson.IssuePanel(panel.issueKey(), panel.people().stream().map(PersonJson::of).toList(),
                panel.kudos().stream().map(KudosJson::kudos).toList(),
                panel.justEarned().stream().map(e -> new KudosJson.Earned(e.id(), e.points(), e.reason(),
                        e.at().toString())).toList());
    }
}
