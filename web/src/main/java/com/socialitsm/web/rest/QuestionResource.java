package com.socialitsm.web.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.qa.QuestionDetail;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.qa.QuestionEdit;
import com.socialitsm.qa.QuestionQuery;
import com.socialitsm.qa.QuestionService;
import com.socialitsm.qa.QuestionSort;
import com.socialitsm.settings.Feature;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.QaJson.AskRequest;
import com.socialitsm.web.rest.QaJson.BodyRequest;
import com.socialitsm.web.rest.QaJson.EditQuestionRequest;
import com.socialitsm.web.rest.QaJson.IssueLinkJson;
import com.socialitsm.web.rest.QaJson.PageJson;
import com.socialitsm.web.rest.QaJson.PreviewJson;
import com.socialitsm.web.rest.QaJson.QuestionDetailJson;
import com.socialitsm.web.rest.QaJson.QuestionJson;
import com.socialitsm.web.rest.QaJson.VoteJson;
import com.socialitsm.web.rest.QaJson.VoteRequest;

/**
 * Community Q&amp;A questions: {@code /questions}. Reads may be anonymous (they see what an anonymous viewer may
 * browse); writes need a user. Raising an issue from a question and copying an accepted answer onto an issue need
 * the host's {@link IssueCreation}; hosts without one answer 501.
 */
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class QuestionResource {
    private static final int DEFAULT_SIMILAR = 5;

    private final QuestionService questions;
    private final CurrentUser currentUser;
    private final Optional<IssueCreation> issueCreation;
    private final FeatureGate gate;

    public QuestionResource(SocialApp app, CurrentUser currentUser, Optional<IssueCreation> issueCreation) {
        this.questions = app.questions();
        this.currentUser = Objects.requireNonNull(currentUser);
        this.issueCreation = Objects.requireNonNull(issueCreation);
        this.gate = new FeatureGate(app);
    }

    @POST
    public Response ask(AskRequest request) {
        String asker = Requests.requireUser(currentUser);
        AskRequest ask = Requests.requireBody(request);
        if (ask.issueKey() != null) {
            gate.requireOnForIssue(Feature.QA, asker, ask.issueKey());
        } else {
            gate.requireOnForProject(Feature.QA, asker, ask.project());
        }
        long id = Outcomes.value(questions.ask(asker, new QuestionDraft(ask.title(), ask.body(),
                Optional.ofNullable(ask.issueKey()), Optional.ofNullable(ask.project()),
                ask.hashtags() == null ? List.of() : ask.hashtags()))).id();
        return Response.status(Response.Status.CREATED).entity(detail(id)).build();
    }

    @AnonymousSiteAccess
    @GET
    public PageJson list(@QueryParam("project") String project, @QueryParam("issueKey") String issueKey,
            @QueryParam("tag") String tag, @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        QuestionSort order = sort == null || sort.isBlank() ? QuestionSort.NEWEST : QuestionSort.parse(sort)
                .orElseThrow(() -> ApiException.badRequest("sort must be newest, votes or unanswered."));
        QuestionQuery query = new QuestionQuery(Optional.ofNullable(project), Optional.ofNullable(issueKey),
                Optional.ofNullable(tag), Optional.ofNullable(text), order, Optional.ofNullable(cursor),
                Requests.limit(limit));
        return PageJson.of(Outcomes.value(questions.list(currentUser.userKey(), query)));
    }

    @AnonymousSiteAccess
    @GET
    @Path("similar")
    public List<QuestionJson> similar(@QueryParam("title") String title, @QueryParam("project") String project,
            @QueryParam("limit") String limit) {
        int wanted = Requests.limit(limit, DEFAULT_SIMILAR);
        return questions.similar(currentUser.userKey(), title, Optional.ofNullable(project), wanted).stream()
                .map(QuestionJson::of).toList();
    }

    @POST
    @Path("preview")
    public PreviewJson preview(BodyRequest request) {
        Requests.requireUser(currentUser);
        return new PreviewJson(Outcomes.value(questions.preview(Requests.requireBody(request).body())));
    }

    @AnonymousSiteAccess
    @GET
    @Path("{id}")
    public QuestionDetailJson get(@PathParam("id") long id) {
        return detail(id);
    }

    @PUT
    @Path("{id}")
    public QuestionDetailJson edit(@PathParam("id") long id, EditQuestionRequest request) {
        String editor = Requests.requireUser(currentUser);
        EditQuestionRequest edit = Requests.requireBody(request);
        Outcomes.value(questions.editQuestion(editor, id, new QuestionEdit(Optional.ofNullable(edit.title()),
                Optional.ofNullable(edit.body()), Optional.ofNullable(edit.hashtags()))));
        return detail(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Outcomes.value(questions.deleteQuestion(Requests.requireUser(currentUser), id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/answers")
    public Response answer(@PathParam("id") long id, BodyRequest request) {
        String author = Requests.requireUser(currentUser);
        questions.projectOf(Optional.of(author), id).ifPresent(project -> gate.requireOnInProject(Feature.QA, project));
        QuestionDetail.AnswerDetail answer =
                Outcomes.value(questions.answer(author, id, Requests.requireBody(request).body()));
        return Response.status(Response.Status.CREATED).entity(QaJson.AnswerJson.of(answer)).build();
    }

    @PUT
    @Path("{id}/vote")
    public VoteJson vote(@PathParam("id") long id, VoteRequest request) {
        String voter = Requests.requireUser(currentUser);
        return VoteJson.of(Outcomes.value(questions.voteOnQuestion(voter, id, voteValue(request))));
    }

    @PUT
    @Path("{id}/accepted/{answerId}")
    public QuestionDetailJson accept(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        Outcomes.value(questions.accept(Requests.requireUser(currentUser), id, answerId));
        return detail(id);
    }

    @DELETE
    @Path("{id}/accepted")
    public QuestionDetailJson unaccept(@PathParam("id") long id) {
        Outcomes.value(questions.unaccept(Requests.requireUser(currentUser), id));
        return detail(id);
    }

    @POST
    @Path("{id}/raise")
    public Response raise(@PathParam("id") long id) {
        String user = Requests.requireUser(currentUser);
        IssueRef issue = Outcomes.value(questions.raiseIssue(user, id, issueCreation()));
        return Response.status(Response.Status.CREATED).entity(new IssueLinkJson(issue.key())).build();
    }

    @POST
    @Path("{id}/accepted/{answerId}/copy")
    public IssueLinkJson copyAcceptedAnswer(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        String user = Requests.requireUser(currentUser);
        String issueKey = Outcomes.value(questions.copyAcceptedAnswer(user, id, answerId, issueCreation()));
        return new IssueLinkJson(issueKey);
    }

    private IssueCreation issueCreation() {
        return issueCreation.orElseThrow(() -> new ApiException(501, "not_supported",
                "This host cannot create issues or comments from questions."));
    }

    private QuestionDetailJson detail(long id) {
        return QuestionDetailJson.of(Outcomes.value(questions.get(currentUser.userKey(), id)));
    }

    static int voteValue(VoteRequest request) {
        Integer value = Requests.requireBody(request).value();
        if (value == null) {
            throw ApiException.badRequest("value is required: 1, -1 or 0.");
        }
        return value;
    }
}
