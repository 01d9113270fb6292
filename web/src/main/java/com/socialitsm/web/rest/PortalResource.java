package com.socialitsm.web.rest;

import java.util.List;
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

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

import com.socialitsm.app.PortalApp;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.idea.IdeaSort;
import com.socialitsm.idea.PortalIdeaBoards;
import com.socialitsm.knownissue.FollowState;
import com.socialitsm.knownissue.KnownIssueService;
import com.socialitsm.knownissue.MeTooState;
import com.socialitsm.kudos.PortalThanks;
import com.socialitsm.qa.PortalQuestions;
import com.socialitsm.qa.PortalQuestions.PublishedAnswer;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.web.CurrentUser;

/**
 * What portal customers (and the portal's agents) call: {@code GET /portal/portals},
 * {@code GET /portal/{portalId}/known-issues} (with {@code ?q=} the open ones matching what a customer types),
 * {@code GET /portal/known-issues/{id}}, {@code PUT/DELETE /portal/known-issues/{id}/me-too} and {@code .../follow}.
 *
 * <p>{@link UnrestrictedAccess}: JSM customers are unlicensed, and which REST v2 annotation admits them on Jira 10.3
 * and 11.3 is not documented ({@code @UnlicensedSiteAccess} depends on the site's "limited unlicensed access"
 * setting). So the resource is open to Jira and does its own checks on every method: a signed-in caller (401 JSON
 * otherwise), a portal they may use as a customer or agent (404 otherwise, identical to a missing one). See
 * docs/portal.md.
 */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public final class PortalResource {
    private static final int MATCHES = 5;

    private final KnownIssueService knownIssues;
    private final CustomerPortals portals;
    private final PortalThanks thanks;
    private final PortalQuestions questions;
    private final CurrentUser currentUser;
    private final PortalIdeaBoards ideaBoards;
    private final IssueDirectory issues;

    public PortalResource(PortalApp portal, CurrentUser currentUser) {
        this.knownIssues = portal.knownIssues();
        this.portals = portal.portals();
        this.thanks = portal.thanks();
        this.questions = portal.questions();
        this.currentUser = currentUser;
        this.ideaBoards = portal.ideaBoards();
        this.issues = portal.app().issues();
    }

    /** The portals the caller may use. */
    @GET
    @Path("/portals")
    public List<PortalJson.Portal> portals() {
        Requests.requireUser(currentUser);
        return portals.portals(currentUser.userKey()).stream()
                .map(p -> {
                    boolean agent = portals.isAgent(currentUser.userKey(), p.id());
                    String projectKey = agent ? issues.projectById(p.projectId()).map(ProjectRef::key).orElse(null)
                            : null;
                    return PortalJson.Portal.of(p, agent, projectKey);
                }).toList();
    }

    @GET
    @Path("/{portalId}/known-issues")
    public List<PortalJson.KnownIssueRow> knownIssues(@PathParam("portalId") String portalId,
                                                      @QueryParam("q") String typed) {
        Requests.requireUser(currentUser);
        long id = PortalIds.parse(portalId);
        if (typed != null) {
            Requests.maxLength("q", typed, KnownIssueService.MAX_TEXT);
            Outcomes.value(knownIssues.list(currentUser.userKey(), id)); // 404 for a portal not theirs
            return knownIssues.matching(currentUser.userKey(), id, typed, MATCHES).stream()
                    .map(PortalJson.KnownIssueRow::of).toList();
        }
        return Outcomes.value(knownIssues.list(currentUser.userKey(), id)).stream()
                .map(PortalJson.KnownIssueRow::of).toList();
    }

    @GET
    @Path("/known-issues/{id}")
    public PortalJson.KnownIssueDetail knownIssue(@PathParam("id") String id) {
        Requests.requireUser(currentUser);
        return PortalJson.KnownIssueDetail.of(Outcomes.value(knownIssues.detail(currentUser.userKey(),
                PortalIds.parse(id))));
    }

    @PUT
    @Path("/known-issues/{id}/me-too")
    public PortalJson.MeToo meToo(@PathParam("id") String id) {
        return meToo(id, true);
    }

    @DELETE
    @Path("/known-issues/{id}/me-too")
    public PortalJson.MeToo withdrawMeToo(@PathParam("id") String id) {
        return meToo(id, false);
    }

    @PUT
    @Path("/known-issues/{id}/follow")
    public PortalJson.Following follow(@PathParam("id") String id) {
        return follow(id, true);
    }

    @DELETE
    @Path("/known-issues/{id}/follow")
    public PortalJson.Following unfollow(@PathParam("id") String id) {
        return follow(id, false);
    }

    private PortalJson.MeToo meToo(String id, boolean on) {
        Requests.requireUser(currentUser);
        MeTooState state = Outcomes.value(knownIssues.meToo(currentUser.userKey(), PortalIds.parse(id), on));
        return new PortalJson.MeToo(state.id(), state.meToo(), state.myMeToo());
    }

    private PortalJson.Following follow(String id, boolean on) {
        Requests.requireUser(currentUser);
        FollowState state = Outcomes.value(knownIssues.follow(currentUser.userKey(), PortalIds.parse(id), on));
        return new PortalJson.Following(state.id(), state.following());
    }

    /**
     * A request's customer thanks its agents: 201 {@code {"id", "to", "points"}}; 400 a message over 2,000 characters;
     * 401 anonymous; 403 an agent of the request; 404 not their request (identical to missing); 409 already thanked
     * or nobody to thank yet; 429 past the daily cap. The body is optional.
     */
    @POST
    @Path("/requests/{key}/thanks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response thank(@PathParam("key") String key, PortalJson.Thanks request) {
        Requests.requireUser(currentUser);
        String message = request == null ? null : request.message();
        PortalThanks.Receipt receipt = Outcomes.value(thanks.thank(currentUser.userKey(), key, message));
        return Response.status(Response.Status.CREATED)
                .entity(new PortalJson.ThanksGiven(receipt.id(), receipt.to(), receipt.points())).build();
    }

    /**
     * The portal's questions, newest first ({@code ?q=} the ones sharing a word with what is typed; {@code ?limit=}
     * up to 50): 401 anonymous, 404 a portal the caller may not use. Internal questions are never listed here.
     */
    @GET
    @Path("/{portalId}/questions")
    public List<PortalJson.PortalQuestion> questions(@PathParam("portalId") String portalId,
                                                     @QueryParam("q") String typed,
                                                     @QueryParam("limit") String limit) {
        Requests.requireUser(currentUser);
        if (typed != null) {
            Requests.maxLength("q", typed, QuestionService.TITLE_MAX_LENGTH);
        }
        return Outcomes.value(questions.list(currentUser.userKey(), PortalIds.parse(portalId),
                Optional.ofNullable(typed), Requests.limit(limit))).stream().map(PortalJson.PortalQuestion::of)
                .toList();
    }

    /** Asks on the portal: 201; 400 a title not 10-200 characters or a body over 30,000; 401; 404. */
    @POST
    @Path("/{portalId}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("portalId") String portalId, PortalJson.Ask request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        PortalJson.PortalQuestion created = PortalJson.PortalQuestion.of(Outcomes.value(questions.ask(
                currentUser.userKey(), PortalIds.parse(portalId), request.title(), request.body())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Answers a portal question (customers and agents of its portal): 201; 400; 401; 404. */
    @POST
    @Path("/questions/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, PortalJson.AnswerBody request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        PortalJson.PortalAnswer created = PortalJson.PortalAnswer.of(Outcomes.value(questions.answer(
                currentUser.userKey(), PortalIds.parse(id), request.body())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** An agent of the portal marks an answer verified: 400 no flag; 401; 403 a customer; 404 hidden or missing. */
    @PUT
    @Path("/answers/{id}/verified")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalJson.PortalAnswer verify(@PathParam("id") String id, PortalJson.Verified request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        if (request.verified() == null) {
            throw ApiException.badRequest("verified must be true or false.");
        }
        return PortalJson.PortalAnswer.of(Outcomes.value(questions.verify(currentUser.userKey(),
                PortalIds.parse(id), request.verified())));
    }

    // ---- idea boards opened to the portal (#19) -------------------------------------------------------------

    /**
     * The board of a project for its page: whether it has a portal, is open to it, and whether the caller (who must
     * browse the project) is an agent who may change that. 401; 404 a hidden or missing project.
     */
    @GET
    @Path("/idea-boards/{project}")
    public PortalIdeaJson.Opening ideaBoard(@PathParam("project") String project) {
        Requests.requireUser(currentUser);
        return PortalIdeaJson.Opening.of(Outcomes.value(ideaBoards.opening(currentUser.userKey(), project)));
    }

    /** An agent opens the board to the portal's customers or closes it: 400 no flag or no portal; 401; 403; 404. */
    @PUT
    @Path("/idea-boards/{project}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalIdeaJson.Opening openIdeaBoard(@PathParam("project") String project,
                                                PortalIdeaJson.OpenRequest request) {
        String agent = Requests.requireUser(currentUser);
        Requests.requireBody(request);
        if (request.open() == null) {
            throw ApiException.badRequest("open must be true or false.");
        }
        return PortalIdeaJson.Opening.of(Outcomes.value(ideaBoards.openToPortal(agent, project, request.open())));
    }

    /** {@code {"open"}}: whether the portal shows an idea board (a board an agent opened); 401; 404 not their portal. */
    @GET
    @Path("/{portalId}/idea-board")
    public PortalIdeaJson.PortalBoard portalIdeaBoard(@PathParam("portalId") String portalId) {
        Requests.requireUser(currentUser);
        return new PortalIdeaJson.PortalBoard(Outcomes.value(ideaBoards.isOpenOnPortal(currentUser.userKey(),
                PortalIds.parse(portalId))));
    }

    /**
     * The portal's idea board, if an agent opened it ({@code sort} votes (default), trending or newest; {@code cursor}
     * from next): 400 bad sort or cursor; 401; 404 a portal the caller may not use or a board not open to it.
     */
    @GET
    @Path("/{portalId}/ideas")
    public PortalIdeaJson.Page portalIdeas(@PathParam("portalId") String portalId, @QueryParam("sort") String sort,
                                           @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Requests.requireUser(currentUser);
        long id = PortalIds.parse(portalId);
        IdeaSort order = sort == null || sort.isBlank() ? IdeaSort.VOTES : IdeaSort.ofCode(sort)
                .orElseThrow(() -> ApiException.badRequest("sort must be votes, trending or newest."));
        Requests.maxLength("cursor", cursor, 100);
        return PortalIdeaJson.Page.of(Outcomes.value(ideaBoards.board(currentUser.userKey(), id, order,
                Optional.ofNullable(cursor), Requests.limit(limit))));
    }

    /** An idea of an open board: 401; 404 anything the caller may not see there. */
    @GET
    @Path("/ideas/{id}")
    public PortalIdeaJson.Detail portalIdea(@PathParam("id") String id) {
        Requests.requireUser(currentUser);
        return PortalIdeaJson.Detail.of(Outcomes.value(ideaBoards.idea(currentUser.userKey(), PortalIds.parse(id))));
    }

    /** A customer's vote: {@code {"id", "votes", "voted"}}; 401; 404. */
    @PUT
    @Path("/ideas/{id}/vote")
    public IdeaResource.IdeaVotesJson votePortalIdea(@PathParam("id") String id) {
        String customer = Requests.requireUser(currentUser);
        return IdeaResource.IdeaVotesJson.of(Outcomes.value(ideaBoards.vote(customer, PortalIds.parse(id))));
    }

    @DELETE
    @Path("/ideas/{id}/vote")
    public IdeaResource.IdeaVotesJson unvotePortalIdea(@PathParam("id") String id) {
        String customer = Requests.requireUser(currentUser);
        return IdeaResource.IdeaVotesJson.of(Outcomes.value(ideaBoards.unvote(customer, PortalIds.parse(id))));
    }

    /**
     * An agent publishes an answer of the agents' internal Q&amp;A to the portal of its project, under a title written
     * for customers: 201 with the new portal question (the answer copied, verified), or 200 with the answer's earlier
     * copy updated (title, and the answer's text as it is now); 400 a title not 10-200
     * characters; 401; 403 a customer, or an agent not of that portal; 404 an answer missing, hidden or not internal;
     * 409 the project has no portal.
     */
    @POST
    @Path("/answers/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("id") String id, PortalJson.Publish request) {
        Requests.requireUser(currentUser);
        Requests.requireBody(request);
        PublishedAnswer published = Outcomes.value(questions.publish(currentUser.userKey(), PortalIds.parse(id),
                request.title()));
        return Response.status(published.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(PortalJson.PortalQuestion.of(published.question())).build();
    }
}
