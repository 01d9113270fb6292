package com.socialitsm.web.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.poll.PollDraft;
import com.socialitsm.poll.PollService;
import com.socialitsm.poll.PollSummary;
import com.socialitsm.poll.PollView;
import com.socialitsm.poll.ProjectPolls;
import com.socialitsm.web.CurrentUser;

/**
 * Polls: an agent asks ({@code POST /polls}), whoever may browse the project reads ({@code GET /polls/{id}},
 * {@code GET /polls?project=}) and votes ({@code PUT /polls/{id}/vote}, changeable until the poll closes, 409 after).
 * A poll in a project the caller may not browse is 404, as a missing one.
 */
@Path("/polls")
@Produces(MediaType.APPLICATION_JSON)
public final class PollResource {
    private final PollService polls;
    private final CurrentUser currentUser;

    public PollResource(SocialApp app, CurrentUser currentUser) {
        this.polls = app.polls();
        this.currentUser = currentUser;
    }

    /** A new poll; the booleans default to false. {@code closesAt} is an ISO-8601 instant. */
    public record AskRequest(String project, String question, List<String> options, Boolean multiple, String closesAt,
                             Boolean anonymous, Boolean resultsAfterClose) {
    }

    /** A vote: the chosen options' positions, from 0. */
    public record VoteRequest(List<Integer> options) {
    }

    /** An option; {@code votes} is absent while the results are not open to the caller. */
    public record OptionJson(String text, @JsonInclude(JsonInclude.Include.NON_NULL) Integer votes) {
    }

    /** A poll as the caller sees it. {@code myChoice} is null when they have not voted (or cannot be told). */
    public record PollJson(long id, String project, String question, List<OptionJson> options, List<Integer> myChoice,
                           boolean closed, int total, boolean multiple, boolean anonymous, boolean resultsAfterClose,
                           boolean resultsVisible, String closesAt, String createdAt, String author, boolean canVote) {
        static PollJson of(PollView poll) {
            List<OptionJson> options = new ArrayList<>();
            for (int i = 0; i < poll.options().size(); i++) {
                int index = i;
                options.add(new OptionJson(poll.options().get(i), poll.votes().map(v -> v.get(index)).orElse(null)));
            }
            return new PollJson(poll.id(), poll.projectKey(), poll.question(), options, poll.myChoice().orElse(null),
                    poll.closed(), poll.total(), poll.multiple(), poll.anonymous(), poll.resultsAfterClose(),
                    poll.votes().isPresent(), poll.closesAt().toString(), poll.createdAt().toString(), poll.author(),
                    poll.canVote());
        }
    }

    /** A line of a project's list. */
    public record PollLineJson(long id, String question, boolean multiple, boolean anonymous, String closesAt,
                               boolean closed, int total, boolean voted) {
        static PollLineJson of(PollSummary poll) {
            return new PollLineJson(poll.id(), poll.question(), poll.multiple(), poll.anonymous(),
                    poll.closesAt().toString(), poll.closed(), poll.total(), poll.voted());
        }
    }

    /** A page of a project's polls, newest first; {@code next} is the {@code cursor} of the next page or null. */
    public record ProjectPollsJson(String project, String projectName, boolean canAsk, List<PollLineJson> polls,
                                   String next) {
    }

    /** 201 with the poll; 400 for every limit; 403 unless an agent of the project; 404 unknown or hidden project. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(AskRequest request) {
        String asker = Requests.requireUser(currentUser);
        AskRequest body = Requests.requireBody(request);
        if (body.project() == null || body.project().isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        Requests.maxLength("question", body.question(), PollService.MAX_QUESTION);
        if (body.options() != null && body.options().size() > PollService.MAX_OPTIONS) {
            throw ApiException.badRequest("options must be " + PollService.MIN_OPTIONS + " to "
                    + PollService.MAX_OPTIONS + " texts.");
        }
        PollDraft draft = new PollDraft(body.project(), body.question(), body.options(), isTrue(body.multiple()),
                instant(body.closesAt()), isTrue(body.anonymous()), isTrue(body.resultsAfterClose()));
        PollView poll = Outcomes.value(polls.ask(asker, draft));
        return Response.status(Response.Status.CREATED).entity(PollJson.of(poll)).build();
    }

    @AnonymousSiteAccess
    @GET
    @Path("/{id}")
    public PollJson get(@PathParam("id") String id) {
        return PollJson.of(Outcomes.value(polls.get(currentUser.userKey(), pollId(id))));
    }

    /** The poll after the vote; 400 bad options; 404; 409 {@code poll_closed}. */
    @PUT
    @Path("/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public PollJson vote(@PathParam("id") String id, VoteRequest request) {
        String voter = Requests.requireUser(currentUser);
        VoteRequest body = Requests.requireBody(request);
        if (body.options() != null && body.options().size() > PollService.MAX_OPTIONS) {
            throw ApiException.badRequest("options must name at most " + PollService.MAX_OPTIONS + " options.");
        }
        return PollJson.of(Outcomes.value(polls.vote(voter, pollId(id), body.options())));
    }

    @AnonymousSiteAccess
    @GET
    public ProjectPollsJson ofProject(@QueryParam("project") String project, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project is required.");
        }
        ProjectPolls page = Outcomes.value(polls.ofProject(currentUser.userKey(), project, Requests.limit(limit),
                Requests.nonNegative("cursor", cursor)));
        return new ProjectPollsJson(page.projectKey(), page.projectName(), page.canAsk(),
                page.polls().stream().map(PollLineJson::of).toList(), page.next().map(String::valueOf).orElse(null));
    }

    private static long pollId(String id) {
        return Requests.nonNegative("id", id).orElseThrow(() -> ApiException.badRequest("id is required."));
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("closesAt is required (an ISO-8601 time such as 2026-12-31T17:00:00Z).");
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("closesAt must be an ISO-8601 time such as 2026-12-31T17:00:00Z.");
        }
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
