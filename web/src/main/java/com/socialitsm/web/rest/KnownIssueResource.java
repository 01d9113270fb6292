package com.socialitsm.web.rest;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

import com.socialitsm.app.PortalApp;
import com.socialitsm.knownissue.KnownIssueDraft;
import com.socialitsm.knownissue.KnownIssueEdit;
import com.socialitsm.knownissue.KnownIssueService;
import com.socialitsm.web.CurrentUser;

/**
 * The agents' side of known issues: {@code POST /known-issues}, {@code PUT /known-issues/{id}},
 * {@code GET /known-issues/issue/{key}}. Unrestricted in Jira's REST v2 so that a portal customer (unlicensed) gets
 * this resource's own answer, 403, instead of Jira's licence refusal; the service checks that the caller is an agent
 * of the issue's portal (anonymous 401, an agent of no portal 403, a hidden issue 404).
 */
@Path("/known-issues")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public final class KnownIssueResource {
    private final KnownIssueService knownIssues;
    private final CurrentUser currentUser;

    public KnownIssueResource(PortalApp portal, CurrentUser currentUser) {
        this.knownIssues = portal.knownIssues();
        this.currentUser = currentUser;
    }

    /** 201 with the known issue; 400 bad title, text or status; 403 not an agent; 404 no such issue; 409 already. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PortalJson.CreateKnownIssue request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        PortalJson.AgentKnownIssue created = PortalJson.AgentKnownIssue.of(Outcomes.value(knownIssues.create(
                currentUser.userKey(), new KnownIssueDraft(request.issueKey(), request.title(), request.text(),
                        Optional.ofNullable(request.status())))));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalJson.AgentKnownIssue edit(@PathParam("id") String id, PortalJson.EditKnownIssue request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        return PortalJson.AgentKnownIssue.of(Outcomes.value(knownIssues.edit(currentUser.userKey(), PortalIds.parse(id),
                new KnownIssueEdit(Optional.ofNullable(request.title()), Optional.ofNullable(request.text()),
                        Optional.ofNullable(request.status()), Optional.ofNullable(request.update())))));
    }

    /**
     * The issue view's known-issue panel: {@code {"issueKey", "agent", "knownIssue"?}}; 404 a hidden or missing issue.
     * Anonymous callers get the answer for a non-agent where the issue is public, as every issue panel does.
     */
    @GET
    @Path("/issue/{key}")
    public PortalJson.IssueKnownIssue ofIssue(@PathParam("key") String issueKey) {
        return PortalJson.IssueKnownIssue.of(Outcomes.value(knownIssues.ofIssue(currentUser.userKey(), issueKey)));
    }
}
