package com.socialitsm.web.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.kudos.BossRules;
import com.socialitsm.kudos.PortalThanksRules;
import com.socialitsm.kudos.DeskVisitRules;
import com.socialitsm.kudos.KudosRules;
import com.socialitsm.kudos.KudosService;
import com.socialitsm.web.CurrentUser;

/** Kudos administration, admins only: the points rules and switches, who is left off leaderboards, seasons. */
@AdminOnly
@Path("/admin/kudos")
@Produces(MediaType.APPLICATION_JSON)
public final class KudosAdminResource {
    private final KudosService kudos;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    public KudosAdminResource(SocialApp app, CurrentUser currentUser) {
        this.kudos = app.kudos();
        this.access = app.access();
        this.currentUser = currentUser;
    }

    /** The rules; in a PUT every field is optional (absent = unchanged). A rule with 0 points is switched off. */
    public record Rules(Integer resolvedPoints, Integer firstTagBonusPoints, Integer firstTagBonusMaxTags,
                        Integer establishedTagMinIssues, Integer firstResponsePoints, Integer answerAcceptedPoints, Integer answerUpvotedPoints,
                        List<Integer> peerKudosPoints, Integer peerKudosDailyCap, Integer peerKudosRepeatDays,
                        Boolean selfReportedEarns, Boolean privacyMode) {
        static Rules of(KudosRules r) {
            return new Rules(r.resolvedPoints(), r.firstTagBonusPoints(), r.firstTagBonusMaxTags(),
                    r.establishedTagMinIssues(), r.firstResponsePoints(), r.answerAcceptedPoints(), r.answerUpvotedPoints(), r.peerKudosPoints(),
                    r.peerKudosDailyCap(), r.peerKudosRepeatDays(), r.selfReportedEarns(), r.privacyMode());
        }

        KudosRules over(KudosRules r) {
            return new KudosRules(
                    or(resolvedPoints, r.resolvedPoints()),
                    or(firstTagBonusPoints, r.firstTagBonusPoints()),
                    or(firstTagBonusMaxTags, r.firstTagBonusMaxTags()),
                    or(establishedTagMinIssues, r.establishedTagMinIssues()),
                    or(firstResponsePoints, r.firstResponsePoints()),
                    or(answerAcceptedPoints, r.answerAcceptedPoints()),
                    or(answerUpvotedPoints, r.answerUpvotedPoints()),
                    peerKudosPoints == null ? r.peerKudosPoints() : peerKudosPoints,
                    or(peerKudosDailyCap, r.peerKudosDailyCap()),
                    or(peerKudosRepeatDays, r.peerKudosRepeatDays()),
                    selfReportedEarns == null ? r.selfReportedEarns() : selfReportedEarns,
                    privacyMode == null ? r.privacyMode() : privacyMode);
        }

        private static int or(Integer value, int fallback) {
            return value == null ? fallback : value;
        }
    }

    /** The desk-visit rule; in a PUT each field is optional (absent = unchanged). */
    public record DeskVisitRulesJson(Integer points, Integer dailyCap) {
        static DeskVisitRulesJson of(DeskVisitRules r) {
            return new DeskVisitRulesJson(r.points(), r.dailyCap());
        }

        DeskVisitRules over(DeskVisitRules r) {
            return new DeskVisitRules(points == null ? r.points() : points, dailyCap == null ? r.dailyCap() : dailyCap);
        }
    }

    public record Excluded(List<String> users) {
    }

    public record SeasonRequest(String start) {
    }

    public record Season(String start) {
    }

    @GET
    @Path("/rules")
    public Rules rules() {
        requireAdmin();
        return Rules.of(kudos.rules());
    }

    @PUT
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Rules updateRules(Rules change) {
        requireAdmin();
        Requests.requireBody(change);
        KudosRules rules;
        try {
            rules = change.over(kudos.rules());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest(e.getMessage() == null ? "Invalid rules." : e.getMessage() + ".");
        }
        kudos.updateRules(rules);
        return Rules.of(rules);
    }

    @GET
    @Path("/desk-visits")
    public DeskVisitRulesJson deskVisitRules() {
        requireAdmin();
        return DeskVisitRulesJson.of(kudos.deskVisitRules());
    }

    @PUT
    @Path("/desk-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskVisitRulesJson updateDeskVisitRules(DeskVisitRulesJson change) {
        requireAdmin();
        Requests.requireBody(change);
        DeskVisitRules rules;
        try {
            rules = change.over(kudos.deskVisitRules());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + ".");
        }
        kudos.updateDeskVisitRules(rules);
        return DeskVisitRulesJson.of(rules);
    }

    /** The boss-fight bonus: points for resolving a project's most-upvoted open issue (0-1000; 0 = badge only). */
    public record BossRulesJson(Integer bonusPoints) {
    }

    @GET
    @Path("/boss")
    public BossRulesJson bossRules() {
        requireAdmin();
        return new BossRulesJson(kudos.bossRules().bonusPoints());
    }

    @PUT
    @Path("/boss")
    @Consumes(MediaType.APPLICATION_JSON)
    public BossRulesJson updateBossRules(BossRulesJson change) {
        requireAdmin();
        Requests.requireBody(change);
        BossRules rules;
        try {
            rules = new BossRules(change.bonusPoints() == null ? kudos.bossRules().bonusPoints() : change.bonusPoints());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + ".");
        }
        kudos.updateBossRules(rules);
        return new BossRulesJson(rules.bonusPoints());
    }

    /** A portal customer's thanks: points per agent of the request (0-1000), requests thanked per day (1-100). */
    public record PortalThanksRulesJson(Integer points, Integer dailyCap) {
    }

    @GET
    @Path("/portal-thanks")
    public PortalThanksRulesJson portalThanksRules() {
        requireAdmin();
        PortalThanksRules rules = kudos.portalThanksRules();
        return new PortalThanksRulesJson(rules.points(), rules.dailyCap());
    }

    @PUT
    @Path("/portal-thanks")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalThanksRulesJson updatePortalThanksRules(PortalThanksRulesJson change) {
        requireAdmin();
        Requests.requireBody(change);
        PortalThanksRules now = kudos.portalThanksRules();
        PortalThanksRules rules;
        try {
            rules = new PortalThanksRules(change.points() == null ? now.points() : change.points(),
                    change.dailyCap() == null ? now.dailyCap() : change.dailyCap());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + ".");
        }
        kudos.updatePortalThanksRules(rules);
        return new PortalThanksRulesJson(rules.points(), rules.dailyCap());
    }

    @GET
    @Path("/excluded")
    public Excluded excluded() {
        requireAdmin();
        return new Excluded(kudos.excluded());
    }

    /** Leaves a user (a bot, a service account) off every leaderboard. */
    @PUT
    @Path("/excluded/{user}")
    public Excluded exclude(@PathParam("user") String user) {
        requireAdmin();
        if (!kudos.exclude(user)) {
            throw ApiException.notFound("There is no such user.");
        }
        return new Excluded(kudos.excluded());
    }

    @DELETE
    @Path("/excluded/{user}")
    public Excluded include(@PathParam("user") String user) {
        requireAdmin();
        kudos.include(user);
        return new Excluded(kudos.excluded());
    }

    @GET
    @Path("/season")
    public Season season() {
        requireAdmin();
        return new Season(kudos.seasonStart().toString());
    }

    /** Starts a new season now, or at {@code start} (ISO-8601, not in the past); nothing is deleted. */
    @POST
    @Path("/season")
    @Consumes(MediaType.APPLICATION_JSON)
    public Season startSeason(SeasonRequest request) {
        requireAdmin();
        if (request == null || request.start() == null || request.start().isBlank()) {
            return new Season(kudos.startSeasonNow().toString());
        }
        Instant start;
        try {
            start = Instant.parse(request.start());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("start must be an ISO-8601 instant, e.g. 2025-01-01T00:00:00Z.");
        }
        if (!kudos.startSeason(start)) {
            throw ApiException.badRequest("A season cannot start in the past.");
        }
        return new Season(start.toString());
    }

    private void requireAdmin() {
        String user = Requests.requireUser(currentUser);
        if (!access.isAdmin(java.util.Optional.of(user))) {
            throw ApiException.forbidden("Only administrators may change kudos settings.");
        }
    }
}
