package com.socialitsm.web.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.settings.Feature;
import com.socialitsm.visit.DeskVisit;
import com.socialitsm.visit.IssueVisits;
import com.socialitsm.visit.VisitService;
import com.socialitsm.web.CurrentUser;

/**
 * Desk visits: the assignee logs one ({@code POST /visits/issue/{key}}), the reporter confirms it
 * ({@code PUT /visits/{id}/confirm}); the issue view reads {@code GET /visits/issue/{key}}. Confirming twice answers
 * the same, so a double click is harmless.
 */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public final class VisitResource {
    private final VisitService visits;
    private final CurrentUser currentUser;
    private final FeatureGate gate;

    public VisitResource(SocialApp app, CurrentUser currentUser) {
        this.visits = app.visits();
        this.currentUser = currentUser;
        this.gate = new FeatureGate(app);
    }

    /** The body of a new visit; the note is optional. */
    public record LogVisitRequest(String note) {
    }

    /** A visit as answered: {@code state} pending or confirmed; {@code points} what the confirmation earned. */
    public record VisitJson(long id, String state, int points, String note, String agent, String reporter) {
        static VisitJson of(DeskVisit visit) {
            return new VisitJson(visit.id(), visit.state().code(), visit.points(), visit.note(), visit.agent(),
                    visit.reporter());
        }
    }

    /** An issue's visits for the issue view: {@code confirmable} lists the ids the caller may confirm. */
    public record IssueVisitsJson(String issueKey, boolean canLog, List<VisitJson> visits, List<Long> confirmable) {
    }

    /** 201 {@code {id, state: "pending", ...}}; 400 for a note over 500 characters; 403 unless the assignee; 404. */
    @POST
    @Path("/issue/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@PathParam("key") String issueKey, LogVisitRequest request) {
        String agent = Requests.requireUser(currentUser);
        String note = request == null ? null : request.note();
        Requests.maxLength("note", note, VisitService.MAX_NOTE);
        gate.requireOnForIssue(Feature.KUDOS, agent, issueKey);
        DeskVisit visit = Outcomes.value(visits.log(agent, issueKey, note));
        return Response.status(Response.Status.CREATED).entity(VisitJson.of(visit)).build();
    }

    /** {@code {id, state: "confirmed", points, ...}}; the same again for a repeat; 403 unless the reporter; 404. */
    @PUT
    @Path("/{id}/confirm")
    public VisitJson confirm(@PathParam("id") String id) {
        String reporter = Requests.requireUser(currentUser);
        long visitId = Requests.nonNegative("id", id).orElseThrow(() -> ApiException.badRequest("id is required."));
        return VisitJson.of(Outcomes.value(visits.confirm(reporter, visitId)));
    }

    @AnonymousSiteAccess
    @GET
    @Path("/issue/{key}")
    public IssueVisitsJson ofIssue(@PathParam("key") String issueKey) {
        IssueVisits found = visits.ofIssue(currentUser.userKey(), issueKey)
                .orElseThrow(() -> ApiException.notFound("There is no such issue, or you may not see it."));
        return new IssueVisitsJson(found.issueKey(), found.canLog(),
                found.visits().stream().map(VisitJson::of).toList(), found.confirmable());
    }
}
