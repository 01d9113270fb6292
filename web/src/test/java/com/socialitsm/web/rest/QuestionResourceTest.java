package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.StoreExtension;
import com.socialitsm.web.rest.QaJson.AnswerJson;
import com.socialitsm.web.rest.QaJson.AskRequest;
import com.socialitsm.web.rest.QaJson.BodyRequest;
import com.socialitsm.web.rest.QaJson.EditQuestionRequest;
import com.socialitsm.web.rest.QaJson.IssueLinkJson;
import com.socialitsm.web.rest.QaJson.PageJson;
import com.socialitsm.web.rest.QaJson.QuestionDetailJson;
import com.socialitsm.web.rest.QaJson.VoteJson;
import com.socialitsm.web.rest.QaJson.VoteRequest;

/**
 * The Q&A REST resources called as plain objects on a real SocialApp (StoreExtension + InMemoryHost): the contract's
 * paths and fields, 400 for every limit, 401 for anonymous writes, 403 and 404 as the rules say, 501 without a host
 * that creates issues.
 */
@DatabaseTest
class QuestionResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final AtomicReference<String> caller = new AtomicReference<>();
    private final ObjectMapper json = new ObjectMapper();
    private InMemoryHost host;
    private InMemoryIssueCreation issueCreation;
    private IssueRef issue;
    private IssueRef hiddenIssue;
    private QuestionResource questions;
    private AnswerResource answers;
    private QuestionResource questionsWithoutIssueCreation;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        for (String user : List.of("alice", "bob", "carol", "admin")) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        ProjectRef sd = host.addProject("SD");
        issue = host.addIssue(sd, "VPN drops", "", "alice");
        hiddenIssue = host.addIssue(sd, "Secret", "", "alice");
        host.restrictIssue(hiddenIssue, "alice");
        issueCreation = new InMemoryIssueCreation(host);
        SocialApp app = new SocialApp(db.store(), Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC),
                host, host, host);
        questions = new QuestionResource(app, () -> Optional.ofNullable(caller.get()),
                Optional.of(issueCreation));
        answers = new AnswerResource(app, () -> Optional.ofNullable(caller.get()));
        questionsWithoutIssueCreation = new QuestionResource(app,
                () -> Optional.ofNullable(caller.get()), Optional.empty());
    }

    @Test
    void theFullFlowOverRest() throws Exception {
        as("alice");
        Response asked = questions.ask(new AskRequest("How do I fix the #VPN drops?", "Try `ping` <b>now</b>",
                issue.key(), null, List.of("network")));
        assertThat(asked.getStatus()).isEqualTo(201);
        QuestionDetailJson question = (QuestionDetailJson) asked.getEntity();
        assertThat(question.issueKey()).isEqualTo(issue.key());
        assertThat(question.hashtags()).containsExactly("network", "vpn");
        assertThat(question.bodyHtml()).isEqualTo("<p>Try <code>ping</code> &lt;b&gt;now&lt;/b&gt;</p>\n");
        assertThat(question.acceptedAnswerId()).isNull();

        as("bob");
        Response answered = questions.answer(question.id(), new BodyRequest("Lower the **MTU**."));
        assertThat(answered.getStatus()).isEqualTo(201);
        AnswerJson answer = (AnswerJson) answered.getEntity();
        assertThat(answer.bodyHtml()).isEqualTo("<p>Lower the <strong>MTU</strong>.</p>\n");

        as("carol");
        assertThat(answers.vote(answer.id(), new VoteRequest(1))).isEqualTo(new VoteJson(1, 1));
        assertThat(questions.vote(question.id(), new VoteRequest(-1))).isEqualTo(new VoteJson(-1, -1));
        assertStatus(() -> questions.accept(question.id(), answer.id()), 403);

        as("alice");
        QuestionDetailJson accepted = questions.accept(question.id(), answer.id());
        assertThat(accepted.acceptedAnswerId()).isEqualTo(answer.id());
        assertThat(accepted.answered()).isTrue();
        assertThat(questions.copyAcceptedAnswer(question.id(), answer.id()))
                .isEqualTo(new IssueLinkJson(issue.key()));
        assertThat(issueCreation.comments()).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("Accepted answer by Bob"));

        as("carol");
        QuestionDetailJson seen = questions.get(question.id());
        assertThat(seen.myVote()).isEqualTo(-1);
        assertThat(seen.answers()).singleElement().satisfies(a -> {
            assertThat(a.accepted()).isTrue();
            assertThat(a.myVote()).isEqualTo(1);
            assertThat(a.score()).isEqualTo(1);
        });
        PageJson panel = questions.list(null, issue.key(), null, null, null, null, null);
        assertThat(panel.count()).isEqualTo(1);
        assertThat(panel.items()).singleElement().satisfies(q -> assertThat(q.answered()).isTrue());

        as("bob");
        assertThat(answers.edit(answer.id(), new BodyRequest("Lower the MTU to 1400.")).editedAt()).isNotNull();
        assertThat(answers.delete(answer.id()).getStatus()).isEqualTo(204);
        as("alice");
        assertThat(questions.get(question.id()).acceptedAnswerId()).isNull();
        assertThat(questions.edit(question.id(), new EditQuestionRequest("How do I fix VPN drops at home?", null,
                null)).title()).isEqualTo("How do I fix VPN drops at home?");
        assertThat(questions.delete(question.id()).getStatus()).isEqualTo(204);
        assertStatus(() -> questions.get(question.id()), 404);
    }

    @Test
    void anonymousCallersReadButNeverWrite() {
        as("alice");
        QuestionDetailJson question = ask("A question for everyone");
        long answerId = ((AnswerJson) questions.answer(question.id(), new BodyRequest("An answer")).getEntity()).id();

        as(null);
        assertThat(questions.get(question.id()).mayAccept()).isFalse();
        assertThat(questions.list(null, null, null, null, null, null, null).items()).hasSize(1);
        assertStatus(() -> questions.ask(new AskRequest("An anonymous question", "", null, "SD", null)), 401);
        assertStatus(() -> questions.answer(question.id(), new BodyRequest("x")), 401);
        assertStatus(() -> questions.vote(question.id(), new VoteRequest(1)), 401);
        assertStatus(() -> answers.vote(answerId, new VoteRequest(1)), 401);
        assertStatus(() -> answers.edit(answerId, new BodyRequest("x")), 401);
        assertStatus(() -> answers.delete(answerId), 401);
        assertStatus(() -> questions.accept(question.id(), answerId), 401);
        assertStatus(() -> questions.edit(question.id(), new EditQuestionRequest("A title edited by nobody", null,
                null)), 401);
        assertStatus(() -> questions.delete(question.id()), 401);
        assertStatus(() -> questions.preview(new BodyRequest("x")), 401);
        assertStatus(() -> questions.raise(question.id()), 401);
    }

    @Test
    void everyLimitIsA400WithAClearMessage() {
        as("alice");
        assertMessage(() -> questions.ask(new AskRequest("Short", "", null, "SD", null)), 400, "10 to 200");
        assertMessage(() -> questions.ask(new AskRequest("x".repeat(201), "", null, "SD", null)), 400, "10 to 200");
        assertMessage(() -> questions.ask(new AskRequest("A fine title here", "b".repeat(30_001), null, "SD", null)),
                400, "30,000");
        assertMessage(() -> questions.ask(new AskRequest("A fine title here", "", null, null, null)), 400,
                "issueKey");
        assertMessage(() -> questions.ask(null), 400, "body is required");
        QuestionDetailJson question = ask("A question with limits");
        assertMessage(() -> questions.answer(question.id(), new BodyRequest("a".repeat(30_001))), 400, "30,000");
        assertMessage(() -> questions.answer(question.id(), new BodyRequest(null)), 400, "empty");
        assertMessage(() -> questions.preview(new BodyRequest("p".repeat(30_001))), 400, "30,000");
        as("bob");
        assertMessage(() -> questions.vote(question.id(), new VoteRequest(2)), 400, "1, -1 or 0");
        assertMessage(() -> questions.vote(question.id(), new VoteRequest(null)), 400, "value is required");
        assertMessage(() -> questions.list(null, null, null, null, "hottest", null, null), 400, "sort");
        assertMessage(() -> questions.list(null, null, null, null, null, "nonsense", null), 400, "cursor");
        assertMessage(() -> questions.list(null, null, null, null, null, null, "0"), 400, "limit");
        assertMessage(() -> questions.list(null, null, null, null, null, null, "101"), 400, "limit");
        assertMessage(() -> questions.list(null, null, "not a tag", null, null, null, null), 400, "hashtag");
        assertMessage(() -> questions.similar("vpn", null, "500"), 400, "limit");
    }

    @Test
    void hiddenAndMissingAreTheSame404() {
        as("alice");
        QuestionDetailJson hidden = (QuestionDetailJson) questions.ask(new AskRequest("Question on the secret",
                "", hiddenIssue.key(), null, null)).getEntity();

        as("bob");
        ApiException forHidden = capture(() -> questions.get(hidden.id()));
        ApiException forMissing = capture(() -> questions.get(hidden.id() + 1000));
        assertThat(forHidden.status()).isEqualTo(404);
        assertThat(forHidden.getMessage()).isEqualTo(forMissing.getMessage());
        assertStatus(() -> questions.answer(hidden.id(), new BodyRequest("x")), 404);
        assertStatus(() -> questions.vote(hidden.id(), new VoteRequest(1)), 404);
        assertStatus(() -> questions.list(null, hiddenIssue.key(), null, null, null, null, null), 404);
        assertStatus(() -> questions.ask(new AskRequest("Asking on the secret", "", hiddenIssue.key(), null, null)),
                404);
        assertThat(questions.list(null, null, null, null, null, null, null).items()).isEmpty();
        assertThat(questions.similar("Question secret", null, null)).isEmpty();
    }

    @Test
    void raisingAnIssueNeedsAHostThatCreatesIssues() {
        as("alice");
        QuestionDetailJson question = ask("Printers in building B are offline");

        assertStatus(() -> questionsWithoutIssueCreation.raise(question.id()), 501);
        Response raised = questions.raise(question.id());
        assertThat(raised.getStatus()).isEqualTo(201);
        String key = ((IssueLinkJson) raised.getEntity()).issueKey();
        assertThat(host.byKey(key)).hasValueSatisfying(i -> assertThat(i.summary()).isEqualTo(question.title()));
        assertThat(questions.get(question.id()).raisedIssueKey()).isEqualTo(key);
        assertStatus(() -> questions.raise(question.id()), 409);
    }

    @Test
    void refusalsKeepTheContractsErrorCodes() {
        as("alice");
        QuestionDetailJson question = ask("Which codes do errors carry?");
        assertError(() -> questions.ask(new AskRequest("Short", "", null, "SD", null)), 400, "bad_request");
        assertError(() -> questions.get(question.id() + 1000), 404, "not_found");
        assertError(() -> questions.vote(question.id(), new VoteRequest(1)), 403, "forbidden");
        questions.raise(question.id());
        assertError(() -> questions.raise(question.id()), 409, "conflict");
        as("bob");
        long answerId = ((AnswerJson) questions.answer(question.id(), new BodyRequest("An answer")).getEntity()).id();
        assertError(() -> answers.vote(answerId, new VoteRequest(2)), 400, "bad_request");
        assertError(() -> answers.vote(answerId + 1000, new VoteRequest(1)), 404, "not_found");
        assertError(() -> answers.vote(answerId, new VoteRequest(1)), 403, "forbidden");
        as("carol");
        assertError(() -> answers.edit(answerId, new BodyRequest("mine now")), 403, "forbidden");
        assertError(() -> answers.delete(answerId), 403, "forbidden");
    }

    @Test
    void previewAndSimilarServeTheForms() {
        as("alice");
        ask("VPN connection drops every hour");
        assertThat(questions.preview(new BodyRequest("[x](javascript:alert(1)) <script>alert(1)</script>")).html())
                .doesNotContain("<script", "javascript:").contains("&lt;script&gt;");
        assertThat(questions.similar("my vpn connection is dropping", null, null))
                .singleElement().satisfies(q -> assertThat(q.title()).isEqualTo("VPN connection drops every hour"));
    }

    @Test
    void theJsonCarriesTheContractsFieldNames() throws Exception {
        as("alice");
        QuestionDetailJson question = ask("What does the JSON look like?");

        JsonNode detail = json.valueToTree(questions.get(question.id()));
        assertThat(detail.has("bodyHtml")).isTrue();
        assertThat(detail.has("answers")).isTrue();
        assertThat(detail.has("score")).isTrue();
        assertThat(detail.has("myVote")).isTrue();
        assertThat(detail.has("acceptedAnswerId")).isTrue();
        assertThat(detail.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
        JsonNode page = json.valueToTree(questions.list(null, null, null, null, null, null, null));
        assertThat(page.has("items")).isTrue();
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.has("count")).isFalse();
        JsonNode issuePage = json.valueToTree(questions.list(null, issue.key(), null, null, null, null, null));
        assertThat(issuePage.get("count").asInt()).isZero();
        assertThat(json.valueToTree(new VoteJson(1, 1)).fieldNames()).toIterable().containsExactly("score", "myVote");
        AskRequest parsed = json.readValue("{\"title\":\"t\",\"body\":\"b\",\"issueKey\":\"SD-1\",\"project\":\"SD\","
                + "\"hashtags\":[\"vpn\"]}", AskRequest.class);
        assertThat(parsed).isEqualTo(new AskRequest("t", "b", "SD-1", "SD", List.of("vpn")));
    }

    @Test
    void socialResourcesRegistersTheQaResources() {
        SocialApp app = new SocialApp(db.store(), Clock.systemUTC(), host, host, host);
        assertThat(SocialResources.all(app, Optional::empty))
                .hasAtLeastOneElementOfType(QuestionResource.class)
                .hasAtLeastOneElementOfType(AnswerResource.class);
    }

    private QuestionDetailJson ask(String title) {
        return (QuestionDetailJson) questions.ask(new AskRequest(title, "", null, "SD", null)).getEntity();
    }

    private void as(String user) {
        caller.set(user);
    }

    private static ApiException capture(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("expected an ApiException");
    }

    private static void assertStatus(Runnable call, int status) {
        assertThat(capture(call).status()).isEqualTo(status);
    }

    private static void assertError(Runnable call, int status, String code) {
        ApiException failure = capture(call);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.code()).isEqualTo(code);
    }

    private static void assertMessage(Runnable call, int status, String text) {
        ApiException failure = capture(call);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.getMessage()).contains(text);
    }
}
