package com.socialitsm.web.rest;

import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

import com.socialitsm.app.PortalApp;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.knownissue.TagPromotion;
import com.socialitsm.knownissue.TagPromotionDraft;
import com.socialitsm.web.CurrentUser;

/**
 * "Make known issue" from a trending tag: {@code POST /hashtags/{tag}/known-issue} raises the spike's problem (as
 * {@code POST /hashtags/{tag}/problem}) and publishes it as a known issue (as {@code POST /known-issues}) in one
 * action; 201 with the known issue as {@code POST /known-issues} answers. Unrestricted in REST v2 like
 * {@link KnownIssueResource}, so that a portal customer gets this resource's 403, not Jira's licence refusal; the
 * service checks the caller. Raising needs the host's {@link IssueCreation}; a host without one answers 501.
 */
@Path("hashtags/{tag}/known-issue")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public final class TagKnownIssueResource {
    private final TagPromotion promotion;
    private final CurrentUser currentUser;
    private final Optional<IssueCreation> issueCreation;

    public TagKnownIssueResource(PortalApp portal, CurrentUser currentUser, Optional<IssueCreation> issueCreation) {
        this.promotion = Objects.requireNonNull(portal).tagPromotion();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.issueCreation = Objects.requireNonNull(issueCreation);
    }

    /**
     * 201 with the known issue; 400 bad title, text or hours, or no portal chosen by an agent of several; 403 not an
     * agent; 404 a portal the caller does not serve, or no issue they may see tagged in the window; 409 the spike's
     * problem is in another project or already a known issue.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("tag") String tag, PortalJson.PromoteTag request) {
        Requests.requireUser(currentUser);
        PortalJson.PromoteTag body = Requests.requireBody(request);
        int hours = body.hours() == null ? SpikeResource.DEFAULT_HOURS : body.hours();
        IssueCreation host = issueCreation.orElseThrow(() -> new ApiException(501, "not_supported",
                "This host cannot create issues."));
        PortalJson.AgentKnownIssue created = PortalJson.AgentKnownIssue.of(Outcomes.value(promotion.promote(
                currentUser.userKey(), tag, new TagPromotionDraft(body.title(), body.text(),
                        Optional.ofNullable(body.portalId()), hours), host)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
