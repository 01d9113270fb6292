package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.PortalResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.host.PortalRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.qa.Question;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/**
 * The portal's community Q&amp;A over REST on a real database: erin and frank are customers of the SD portal (bob its
 * agent), gina a customer and harry the agent of the HR portal, and anonymous callers. Every permission edge, the
 * limits and sanitizing, and a marker in the agents' internal Q&amp;A that no portal answer carries.
 */
@DatabaseTest
class PortalQuestionsResourceTest {
    private static final String MARKER = "ZQXINTERNALMARKER";

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryPortals portals = new InMemoryPortals();
    private SocialApp app;
    private String caller;
    private PortalResource portal;
    private PortalRef sd;
    private PortalRef hr;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), new MutableClock(Instant.parse("2026-12-07T10:00:00Z")), host, host, host);
        ProjectRef sdProject = host.addProject("SD");
        ProjectRef hrProject = host.addProject("HR");
        for (String user : List.of("bob", "erin", "frank", "gina", "harry")) {
            host.addUser(user);
        }
        host.restrictProject(sdProject, "bob");
        host.restrictProject(hrProject, "harry");
        sd = portals.addPortal(sdProject, Set.of("bob"), Set.of("erin", "frank"));
        hr = portals.addPortal(hrProject, Set.of("harry"), Set.of("gina"));
        portal = new PortalResource(new PortalApp(app, portals), () -> Optional.ofNullable(caller));
    }

    private PortalJson.PortalQuestion ask(String portalId, String title, String body) {
        Response response = portal.ask(portalId, new PortalJson.Ask(title, body));
        assertThat(response.getStatus()).isEqualTo(201);
        return (PortalJson.PortalQuestion) response.getEntity();
    }

    private PortalJson.PortalAnswer answer(long questionId, String body) {
        Response response = portal.answer(Long.toString(questionId), new PortalJson.AnswerBody(body));
        assertThat(response.getStatus()).isEqualTo(201);
        return (PortalJson.PortalAnswer) response.getEntity();
    }

    private String sdId() {
        return Long.toString(sd.id());
    }

    @Test
    void customersAskAndAnswerAndAnAgentVerifies() {
        caller = "erin";
        PortalJson.PortalQuestion asked = ask(sdId(), "How do I reset my VPN token?", "It says **expired**.");
        assertThat(asked.bodyHtml()).contains("<strong>expired</strong>");
        assertThat(asked.author()).isEmpty();
        caller = "frank";
        PortalJson.PortalAnswer byFrank = answer(asked.id(), "Use the self-service page.");
        assertThat(byFrank.byAgent()).isFalse();
        caller = "bob";
        PortalJson.PortalAnswer byBob = answer(asked.id(), "Open the token app and press *renew*.");
        assertThat(byBob.byAgent()).isTrue();
        assertThat(portal.verify(Long.toString(byBob.id()), new PortalJson.Verified(true)).verified()).isTrue();
        // Agents see names; customers see no one's name.
        assertThat(portal.questions(sdId(), null, null).get(0).author()).isEqualTo("Erin");
        caller = "erin";
        List<PortalJson.PortalQuestion> seen = portal.questions(sdId(), null, null);
        assertThat(seen).extracting(PortalJson.PortalQuestion::title).containsExactly("How do I reset my VPN token?");
        assertThat(seen.get(0).answers()).extracting(PortalJson.PortalAnswer::id)
                .containsExactly(byBob.id(), byFrank.id());
        assertThat(seen.get(0).answers()).allSatisfy(a -> assertThat(a.author()).isEmpty());
        assertThat(seen.get(0).answers().get(0).verified()).isTrue();
        // Similar questions while typing.
        assertThat(portal.questions(sdId(), "vpn broken", null)).hasSize(1);
        assertThat(portal.questions(sdId(), "printer jammed", null)).isEmpty();
        // The agents' internal Q&A lists portal questions to agents, never to customers.
        assertThat(app.questions().get(Optional.of("bob"), asked.id())).isInstanceOf(Outcome.Done.class);
        assertThat(app.questions().get(Optional.of("erin"), asked.id())).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aCustomerVerifyingIs403AndAnotherPortalSeesNothing() {
        caller = "erin";
        PortalJson.PortalQuestion asked = ask(sdId(), "Where is the wifi password?", null);
        PortalJson.PortalAnswer own = answer(asked.id(), "On the poster.");
        assertStatus(() -> portal.verify(Long.toString(own.id()), new PortalJson.Verified(true)), 403);
        for (String other : List.of("gina", "harry")) {
            caller = other;
            assertStatus(() -> portal.questions(sdId(), null, null), 404);
            assertStatus(() -> portal.ask(sdId(), new PortalJson.Ask("Some question here?", null)), 404);
            assertStatus(() -> portal.answer(Long.toString(asked.id()), new PortalJson.AnswerBody("x")), 404);
            assertStatus(() -> portal.verify(Long.toString(own.id()), new PortalJson.Verified(true)), 404);
            assertThat(portal.questions(Long.toString(hr.id()), null, null)).isEmpty();
        }
        caller = null;
        assertStatus(() -> portal.questions(sdId(), null, null), 401);
        assertStatus(() -> portal.ask(sdId(), new PortalJson.Ask("Some question here?", null)), 401);
        assertStatus(() -> portal.answer(Long.toString(asked.id()), new PortalJson.AnswerBody("x")), 401);
        assertStatus(() -> portal.verify(Long.toString(own.id()), new PortalJson.Verified(true)), 401);
        caller = "erin";
        assertStatus(() -> portal.questions("999999", null, null), 404);
        assertStatus(() -> portal.answer("999999", new PortalJson.AnswerBody("x")), 404);
        assertStatus(() -> portal.verify("999999", new PortalJson.Verified(true)), 404);
    }

    @Test
    void badInputIs400AndMarkdownIsSanitized() {
        caller = "erin";
        assertStatus(() -> portal.ask(sdId(), new PortalJson.Ask("short", null)), 400);
        assertStatus(() -> portal.ask(sdId(), new PortalJson.Ask("x".repeat(201), null)), 400);
        assertStatus(() -> portal.ask(sdId(), new PortalJson.Ask("A long enough title", "b".repeat(30_001))), 400);
        assertStatus(() -> portal.ask(sdId(), null), 400);
        PortalJson.PortalQuestion asked = ask(sdId(), "Script <b>injection</b> title?",
                "<script>alert(1)</script> [x](javascript:alert%281%29)");
        assertThat(asked.title()).isEqualTo("Script <b>injection</b> title?"); // text, escaped by the page
        assertThat(asked.bodyHtml()).doesNotContain("<script>").doesNotContain("href=\"javascript");
        assertStatus(() -> portal.answer(Long.toString(asked.id()), new PortalJson.AnswerBody(" ")), 400);
        caller = "bob";
        PortalJson.PortalAnswer a = answer(asked.id(), "ok");
        assertStatus(() -> portal.verify(Long.toString(a.id()), new PortalJson.Verified(null)), 400);
    }

    @Test
    void noPortalAnswerCarriesTheInternalQa() throws Exception {
        Question internal = Outcomes.value(app.questions().ask("bob", QuestionDraft.inProject("SD", "Internal "
                + MARKER + " runbook question", "Body " + MARKER)));
        long internalAnswer = Outcomes.value(app.questions().answer("bob", internal.id(), "Answer " + MARKER))
                .answer().id();
        caller = "erin";
        PortalJson.PortalQuestion asked = ask(sdId(), "Is the runbook public?", null);
        ObjectMapper json = new ObjectMapper();
        for (String who : List.of("erin", "bob")) {
            caller = who;
            String answers = json.writeValueAsString(List.of(portal.questions(sdId(), null, null),
                    portal.questions(sdId(), "runbook " + MARKER.toLowerCase(), null),
                    answer(asked.id(), "fine")));
            assertThat(answers).doesNotContain(MARKER);
            assertStatus(() -> portal.answer(Long.toString(internal.id()), new PortalJson.AnswerBody("x")), 404);
        }
        caller = "bob";
        assertStatus(() -> portal.verify(Long.toString(internalAnswer), new PortalJson.Verified(true)), 404);
    }

    private long internalAnswer() {
        Question internal = Outcomes.value(app.questions().ask("bob", QuestionDraft.inProject("SD", "Internal "
                + MARKER + " runbook question", "Body " + MARKER)));
        return Outcomes.value(app.questions().answer("bob", internal.id(), "Renew the token in the **token app**."))
                .answer().id();
    }

    private PortalJson.PortalQuestion publish(long answerId, String title) {
        Response response = portal.publish(Long.toString(answerId), new PortalJson.Publish(title));
        assertThat(response.getStatus()).isEqualTo(201);
        return (PortalJson.PortalQuestion) response.getEntity();
    }

    @Test
    void anAgentPublishesAnInternalAnswerToThePortalUnderATitleForCustomers() throws Exception {
        long answerId = internalAnswer();
        caller = "bob";
        PortalJson.PortalQuestion published = publish(answerId, "How do I renew my VPN token?");
        assertThat(published.portalId()).isEqualTo(sd.id());
        assertThat(published.answers()).singleElement().satisfies(a -> {
            assertThat(a.verified()).isTrue();
            assertThat(a.byAgent()).isTrue();
            assertThat(a.bodyHtml()).contains("<strong>token app</strong>");
        });
        caller = "erin";
        List<PortalJson.PortalQuestion> seen = portal.questions(sdId(), null, null);
        assertThat(seen).extracting(PortalJson.PortalQuestion::title).containsExactly("How do I renew my VPN token?");
        assertThat(seen.get(0).answers()).singleElement().satisfies(a -> assertThat(a.author()).isEmpty());
        assertThat(new ObjectMapper().writeValueAsString(seen)).doesNotContain(MARKER);
        // Customers answer it like any portal question; the internal answer is unchanged and stays internal.
        answer(published.id(), "Worked for me.");
        assertThat(Outcomes.value(app.questions().get(Optional.of("bob"), published.id())).answers()).hasSize(2);
    }

    @Test
    void aSecondPublishOfTheSameAnswerUpdatesItsCopyAndADeletedCopyIsPublishedAnew() {
        long answerId = internalAnswer();
        caller = "bob";
        PortalJson.PortalQuestion first = publish(answerId, "How do I renew my VPN token?");
        caller = "erin";
        answer(first.id(), "Worked for me.");
        Outcomes.value(app.questions().editAnswer("bob", answerId, "Renew it in the **new token app**."));

        caller = "bob";
        Response again = portal.publish(Long.toString(answerId), new PortalJson.Publish("How do I renew a VPN token?"));
        assertThat(again.getStatus()).isEqualTo(200);
        PortalJson.PortalQuestion updated = (PortalJson.PortalQuestion) again.getEntity();
        assertThat(updated.id()).isEqualTo(first.id());
        assertThat(updated.title()).isEqualTo("How do I renew a VPN token?");
        assertThat(updated.answers()).hasSize(2).anySatisfy(a -> {
            assertThat(a.verified()).isTrue();
            assertThat(a.bodyHtml()).contains("<strong>new token app</strong>");
        }).anySatisfy(a -> assertThat(a.bodyHtml()).contains("Worked for me."));
        caller = "erin";
        assertThat(portal.questions(sdId(), null, null)).extracting(PortalJson.PortalQuestion::id)
                .containsExactly(first.id());

        // The copy deleted: the next publish makes a new one, which the answer now records.
        Outcomes.value(app.questions().deleteQuestion("bob", first.id()));
        caller = "bob";
        PortalJson.PortalQuestion anew = publish(answerId, "How do I renew my VPN token?");
        assertThat(anew.id()).isNotEqualTo(first.id());
        Response third = portal.publish(Long.toString(answerId), new PortalJson.Publish("How do I renew my token?"));
        assertThat(third.getStatus()).isEqualTo(200);
        assertThat(((PortalJson.PortalQuestion) third.getEntity()).id()).isEqualTo(anew.id());
    }

    @Test
    void publishingIsForTheAgentsOfTheProjectsPortalAndHiddenOrPortalAnswersAreMissing() {
        long answerId = internalAnswer();
        for (String customer : List.of("erin", "frank", "gina")) {
            caller = customer;
            assertStatus(() -> portal.publish(Long.toString(answerId), new PortalJson.Publish("A title for all")),
                    403);
            assertStatus(() -> portal.publish("999999", new PortalJson.Publish("A title for all")), 403);
        }
        caller = "harry"; // the HR portal's agent may not browse SD: the answer is hidden from him
        assertStatus(() -> portal.publish(Long.toString(answerId), new PortalJson.Publish("A title for all")), 404);
        caller = null;
        assertStatus(() -> portal.publish(Long.toString(answerId), new PortalJson.Publish("A title for all")), 401);
        caller = "bob";
        assertStatus(() -> portal.publish("999999", new PortalJson.Publish("A title for all")), 404);
        assertStatus(() -> portal.publish("x", new PortalJson.Publish("A title for all")), 404);
        assertStatus(() -> portal.publish(Long.toString(answerId), new PortalJson.Publish("short")), 400);
        assertStatus(() -> portal.publish(Long.toString(answerId), new PortalJson.Publish(null)), 400);
        assertStatus(() -> portal.publish(Long.toString(answerId), null), 400);
        // A portal answer is no internal answer.
        PortalJson.PortalQuestion published = publish(answerId, "How do I renew my VPN token?");
        long portalAnswer = published.answers().get(0).id();
        assertStatus(() -> portal.publish(Long.toString(portalAnswer), new PortalJson.Publish("Again, for all")),
                404);
        // A project without a portal.
        ProjectRef it = host.addProject("IT");
        Question noPortal = Outcomes.value(app.questions().ask("bob", QuestionDraft.inProject("IT",
                "Where is the IT runbook?", "")));
        long itAnswer = Outcomes.value(app.questions().answer("bob", noPortal.id(), "In the wiki.")).answer().id();
        assertThat(it.key()).isEqualTo("IT");
        assertStatus(() -> portal.publish(Long.toString(itAnswer), new PortalJson.Publish("Where is the runbook?")),
                409);
    }
}
