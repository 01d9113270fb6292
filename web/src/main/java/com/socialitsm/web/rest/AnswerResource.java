package com.socialitsm.web.rest;

import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.socialitsm.app.SocialApp;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.QaJson.AnswerJson;
import com.socialitsm.web.rest.QaJson.BodyRequest;
import com.socialitsm.web.rest.QaJson.VoteJson;
import com.socialitsm.web.rest.QaJson.VoteRequest;

/** Answers of the community Q&amp;A: {@code /answers/{id}} (vote, edit, delete). Answers are posted on the question. */
@Path("answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AnswerResource {
    private final QuestionService questions;
    private final CurrentUser currentUser;

    public AnswerResource(SocialApp app, CurrentUser currentUser) {
        this.questions = Objects.requireNonNull(app.questions());
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @PUT
    @Path("{id}/vote")
    public VoteJson vote(@PathParam("id") long id, VoteRequest request) {
        String voter = Requests.requireUser(currentUser);
        return VoteJson.of(Outcomes.value(questions.voteOnAnswer(voter, id, QuestionResource.voteValue(request))));
    }

    @PUT
    @Path("{id}")
    public AnswerJson edit(@PathParam("id") long id, BodyRequest request) {
        String editor = Requests.requireUser(currentUser);
        return AnswerJson.of(Outcomes.value(
                questions.editAnswer(editor, id, Requests.requireBody(request).body())));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Outcomes.value(questions.deleteAnswer(Requests.requireUser(currentUser), id));
        return Response.noContent().build();
    }
}
