package com.socialitsm.web.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.idea.Idea;
import com.socialitsm.idea.IdeaComment;
import com.socialitsm.idea.IdeaDetail;
import com.socialitsm.idea.IdeaFollow;
import com.socialitsm.idea.IdeaPage;
import com.socialitsm.idea.IdeaService;
import com.socialitsm.idea.IdeaSort;
import com.socialitsm.idea.IdeaVotes;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.page.SocialPage;

/**
 * Idea boards: {@code /ideas}. Reads may be anonymous where the host lets the viewer browse the project; writes need
 * a user; setting a status and turning an idea into an issue need an agent of the idea's project. A hidden project
 * and its ideas answer 404, the same as missing ones. Turning an idea into an issue needs the host's
 * {@link IssueCreation}; hosts without one answer 501.
 */
@Path("/ideas")
@Produces(MediaType.APPLICATION_JSON)
public final class IdeaResource {
    private final IdeaService ideas;
    private final CurrentUser currentUser;
    private final Optional<IssueCreation> issueCreation;

    public IdeaResource(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation) {
        this.ideas = app.ideas();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.issueCreation = Objects.requireNonNull(issueCreation);
    }

    public record SubmitRequest(String project, String title, String body, List<String> hashtags) {
    }

    public record StatusRequest(String status, String reason) {
    }

    public record CommentRequest(String body) {
    }

    public record IdeaJson(long id, String project, String title, String author, String status, int votes,
                           boolean voted, List<String> hashtags, int comments, String issueKey, Instant createdAt) {
        static IdeaJson of(Idea idea) {
            return new IdeaJson(idea.id(), idea.projectKey(), idea.title(), idea.author(), idea.status().code(),
                    idea.votes(), idea.voted(), idea.hashtags(), idea.comments(),
                    idea.issueKey().isEmpty() ? null : idea.issueKey(), idea.createdAt());
        }
    }

    public record CommentJson(long id, String author, String body, String bodyHtml, Instant createdAt) {
        static CommentJson of(IdeaComment comment) {
            return new CommentJson(comment.id(), comment.author(), comment.body(), comment.bodyHtml(),
                    comment.createdAt());
        }
    }

    /** An idea's page: {@code agent} tells whether the caller may set its status and turn it into an issue. */
    public record IdeaDetailJson(long id, String project, String title, String author, String status, int votes,
                                 boolean voted, List<String> hashtags, String issueKey, Instant createdAt, String body,
                                 String bodyHtml, String statusReason, String statusBy, List<CommentJson> comments,
                                 boolean agent, boolean following) {
        static IdeaDetailJson of(IdeaDetail detail) {
            Idea idea = detail.idea();
            return new IdeaDetailJson(idea.id(), idea.projectKey(), idea.title(), idea.author(),
                    idea.status().code(), idea.votes(), idea.voted(), idea.hashtags(),
                    idea.issueKey().isEmpty() ? null : idea.issueKey(), idea.createdAt(), detail.body(),
                    detail.bodyHtml(), detail.statusReason(), detail.statusBy().isEmpty() ? null : detail.statusBy(),
                    detail.comments().stream().map(CommentJson::of).toList(), detail.agent(),
                    detail.following());
        }
    }

    public record IdeaPageJson(List<IdeaJson> items, String next) {
    }

    public record IdeaVotesJson(long id, int votes, boolean voted) {
        static IdeaVotesJson of(IdeaVotes votes) {
            return new IdeaVotesJson(votes.id(), votes.votes(), votes.voted());
        }
    }

    public record IssueKeyJson(String issueKey) {
    }

    public record IdeaFollowJson(long id, boolean following) {
        static IdeaFollowJson of(IdeaFollow follow) {
            return new IdeaFollowJson(follow.id(), follow.following());
        }
    }

    /** 201 the idea; 400 for a title outside 10–200, a body over 30,000, a bad hashtag; 404 for a hidden project. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(SubmitRequest request) {
        String author = Requests.requireUser(currentUser);
        SubmitRequest submit = Requests.requireBody(request);
        if (submit.project() == null || submit.project().isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        Requests.maxLength("title", submit.title(), IdeaService.TITLE_MAX * 4);
        Requests.maxLength("body", submit.body(), IdeaService.BODY_MAX * 2);
        List<String> tags = submit.hashtags() == null ? List.of() : submit.hashtags();
        if (tags.stream().anyMatch(Objects::isNull)) {
            throw ApiException.badRequest("hashtags must be a list of hashtags.");
        }
        Idea idea = Outcomes.value(ideas.submit(author, submit.project(), submit.title(), submit.body(), tags));
        return Response.status(Response.Status.CREATED).entity(IdeaJson.of(idea)).build();
    }

    /** {@code sort} votes (default), trending (votes of the last seven days) or newest; {@code cursor} from next. */
    @AnonymousSiteAccess
    @GET
    public IdeaPageJson list(@QueryParam("project") String project, @QueryParam("sort") String sort,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        IdeaSort order = sort == null || sort.isBlank() ? IdeaSort.VOTES : IdeaSort.ofCode(sort)
                .orElseThrow(() -> ApiException.badRequest("sort must be votes, trending or newest."));
        Requests.maxLength("cursor", cursor, 100);
        IdeaPage page = Outcomes.value(ideas.list(currentUser.userKey(), project, order, Optional.ofNullable(cursor),
                Requests.limit(limit)));
        return new IdeaPageJson(page.items().stream().map(IdeaJson::of).toList(), page.next().orElse(null));
    }

    @AnonymousSiteAccess
    @GET
    @Path("/{id}")
    public IdeaDetailJson get(@PathParam("id") String id) {
        return IdeaDetailJson.of(Outcomes.value(ideas.get(currentUser.userKey(), ideaId(id))));
    }

    @PUT
    @Path("/{id}/vote")
    public IdeaVotesJson vote(@PathParam("id") String id) {
        String voter = Requests.requireUser(currentUser);
        return IdeaVotesJson.of(Outcomes.value(ideas.vote(voter, ideaId(id))));
    }

    @DELETE
    @Path("/{id}/vote")
    public IdeaVotesJson unvote(@PathParam("id") String id) {
        String voter = Requests.requireUser(currentUser);
        return IdeaVotesJson.of(Outcomes.value(ideas.unvote(voter, ideaId(id))));
    }

    /** The caller follows the idea: its status changes reach their feed. 404 for a hidden or missing idea. */
    @PUT
    @Path("/{id}/follow")
    public IdeaFollowJson follow(@PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        return IdeaFollowJson.of(Outcomes.value(ideas.follow(user, ideaId(id))));
    }

    @DELETE
    @Path("/{id}/follow")
    public IdeaFollowJson unfollow(@PathParam("id") String id) {
        String user = Requests.requireUser(currentUser);
        return IdeaFollowJson.of(Outcomes.value(ideas.unfollow(user, ideaId(id))));
    }

    /** 201 the comment; 400 for an empty one or one over 30,000 characters. */
    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, CommentRequest request) {
        String author = Requests.requireUser(currentUser);
        String body = Requests.requireBody(request).body();
        Requests.maxLength("body", body, IdeaService.COMMENT_MAX * 2);
        IdeaComment comment = Outcomes.value(ideas.comment(author, ideaId(id), body));
        return Response.status(Response.Status.CREATED).entity(CommentJson.of(comment)).build();
    }

    /** Agents only (403 otherwise): the idea's page after the change. */
    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetailJson setStatus(@PathParam("id") String id, StatusRequest request) {
        String agent = Requests.requireUser(currentUser);
        StatusRequest change = Requests.requireBody(request);
        Requests.maxLength("reason", change.reason(), IdeaService.REASON_MAX * 2);
        return IdeaDetailJson.of(Outcomes.value(ideas.setStatus(agent, ideaId(id), change.status(),
                change.reason())));
    }

    /** Agents only: 201 {@code {issueKey}}; 409 when the idea is an issue already; 501 without issue creation. */
    @POST
    @Path("/{id}/issue")
    public Response turnIntoIssue(@PathParam("id") String id, @Context UriInfo uriInfo) {
        String agent = Requests.requireUser(currentUser);
        long ideaId = ideaId(id);
        IssueCreation host = issueCreation.orElseThrow(() -> new ApiException(501, "not_supported",
                "This host cannot create issues from ideas."));
        IssueRef issue = Outcomes.value(ideas.turnIntoIssue(agent, ideaId, host, ideaPageUrl(uriInfo, ideaId)));
        return Response.status(Response.Status.CREATED).entity(new IssueKeyJson(issue.key())).build();
    }

    /** The idea page's address: the REST base minus {@code rest/social/1.0/}, plus the page path. */
    static String ideaPageUrl(UriInfo uriInfo, long ideaId) {
        String page = SocialPage.SERVLET_PATH + "/ideas/" + ideaId;
        if (uriInfo == null) {
            return page;
        }
        URI base = uriInfo.getBaseUri();
        String root = base.toString().replaceFirst("/rest/social/1\\.0/?$", "");
        return root + page;
    }

    private static long ideaId(String id) {
        return Requests.nonNegative("id", id).filter(n -> n > 0)
                .orElseThrow(() -> ApiException.badRequest("id must be a positive number."));
    }
}
