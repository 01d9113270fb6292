package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/**
 * Every permission edge of the known-issue and portal REST API, on a real database: erin and frank are customers of
 * the SD portal (bob its agent), gina a customer and harry the agent of the HR portal, and anonymous callers.
 * Hidden is 404, identical to missing; a customer on an agent endpoint is 403; anonymous is 401.
 */
@DatabaseTest
class PortalResourceTest {
    private static final String MARKER = "ZQXMARKER";

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryPortals portals = new InMemoryPortals();
    private String caller;
    private KnownIssueResource agents;
    private PortalResource portal;
    private PortalRef sd;
    private PortalRef hr;
    private IssueRef vpn;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), new MutableClock(Instant.parse("2026-12-07T10:00:00Z")), host, host,
                host);
        ProjectRef sdProject = host.addProject("SD");
        ProjectRef hrProject = host.addProject("HR");
        host.restrictProject(sdProject, "bob");
        host.restrictProject(hrProject, "harry");
        sd = portals.addPortal(sdProject, Set.of("bob"), Set.of("erin", "frank"));
        hr = portals.addPortal(hrProject, Set.of("harry"), Set.of("gina"));
        vpn = host.addIssue(sdProject, "Internal " + MARKER + " summary #" + MARKER.toLowerCase(),
                "Description " + MARKER, "erin");
        PortalApp portalApp = new PortalApp(app, portals);
        agents = new KnownIssueResource(portalApp, () -> Optional.ofNullable(caller));
        portal = new PortalResource(portalApp, () -> Optional.ofNullable(caller));
    }

    private long createAsBob() {
        caller = "bob";
        Response response = agents.create(new PortalJson.CreateKnownIssue(vpn.key(), "VPN drops", "We are on it.",
                null));
        assertThat(response.getStatus()).isEqualTo(201);
        return ((PortalJson.AgentKnownIssue) response.getEntity()).id();
    }

    @Test
    void theAgentCreatesAndEditsCustomersSeeAndReact() {
        long id = createAsBob();
        assertThat(agents.edit(Long.toString(id), new PortalJson.EditKnownIssue(null, null, "identified",
                "Found it.")).status()).isEqualTo("identified");
        assertThat(agents.ofIssue(vpn.key()).knownIssue().id()).isEqualTo(id);

        caller = "erin";
        assertThat(portal.portals()).containsExactly(new PortalJson.Portal(sd.id(), sd.name(), false, null));
        assertThat(portal.knownIssues(Long.toString(sd.id()), null)).extracting(PortalJson.KnownIssueRow::title)
                .containsExactly("VPN drops");
        assertThat(portal.meToo(Long.toString(id))).isEqualTo(new PortalJson.MeToo(id, 1, true));
        assertThat(portal.follow(Long.toString(id))).isEqualTo(new PortalJson.Following(id, true));
        assertThat(portal.knownIssue(Long.toString(id)).updates()).extracting(PortalJson.Update::message)
                .containsExactly("Found it.");
        assertThat(portal.knownIssues(Long.toString(sd.id()), "my vpn is down")).hasSize(1);
        caller = "frank";
        assertThat(portal.meToo(Long.toString(id))).isEqualTo(new PortalJson.MeToo(id, 2, true));
        assertThat(portal.withdrawMeToo(Long.toString(id))).isEqualTo(new PortalJson.MeToo(id, 1, false));
        assertThat(portal.unfollow(Long.toString(id))).isEqualTo(new PortalJson.Following(id, false));
        caller = "bob";
        assertThat(portal.knownIssues(Long.toString(sd.id()), null)).hasSize(1);
        assertThat(portal.portals()).containsExactly(new PortalJson.Portal(sd.id(), sd.name(), true, "SD"));
    }

    @Test
    void theIssueViewTellsTheAgentOfThePortalWhetherTheIssueIsAKnownIssueAndHidesItFromEveryoneElse() {
        caller = "bob";
        assertThat(agents.ofIssue(vpn.key())).isEqualTo(new PortalJson.IssueKnownIssue(vpn.key(), true, null));
        long id = createAsBob();
        assertThat(agents.ofIssue(vpn.key()).knownIssue().id()).isEqualTo(id);
        assertThat(agents.ofIssue(" " + vpn.key() + " ").agent()).isTrue();
        // The request's customer, another portal's customer and agent, anonymous: the issue is hidden from them.
        for (String other : new String[] {"erin", "gina", "harry", null}) {
            caller = other;
            assertStatus(() -> agents.ofIssue(vpn.key()), 404);
        }
        caller = "bob";
        assertStatus(() -> agents.ofIssue("SD-999"), 404);
        assertStatus(() -> agents.ofIssue("not a key"), 404);
    }

    @Test
    void aCustomerOnAgentEndpointsIs403WhetherOrNotTheIssueExists() {
        long id = createAsBob();
        caller = "erin";
        assertStatus(() -> agents.create(new PortalJson.CreateKnownIssue(vpn.key(), "t", "x", null)), 403);
        assertStatus(() -> agents.create(new PortalJson.CreateKnownIssue("SD-999", "t", "x", null)), 403);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue("t", null, null, null)), 403);
        assertStatus(() -> agents.edit("999999", new PortalJson.EditKnownIssue("t", null, null, null)), 403);
    }

    @Test
    void anotherPortalsCustomerAndAgentSeeNothingOfIt() {
        long id = createAsBob();
        for (String other : new String[] {"gina", "harry"}) {
            caller = other;
            assertStatus(() -> portal.knownIssues(Long.toString(sd.id()), null), 404);
            assertStatus(() -> portal.knownIssues(Long.toString(sd.id()), "vpn"), 404);
            assertStatus(() -> portal.knownIssue(Long.toString(id)), 404);
            assertStatus(() -> portal.meToo(Long.toString(id)), 404);
            assertStatus(() -> portal.withdrawMeToo(Long.toString(id)), 404);
            assertStatus(() -> portal.follow(Long.toString(id)), 404);
            assertStatus(() -> portal.unfollow(Long.toString(id)), 404);
            assertThat(portal.knownIssues(Long.toString(hr.id()), null)).isEmpty();
        }
        caller = "harry";
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue("t", null, null, null)), 404);
        assertStatus(() -> agents.create(new PortalJson.CreateKnownIssue(vpn.key(), "t", "x", null)), 404);
        assertStatus(() -> agents.ofIssue(vpn.key()), 404);
    }

    @Test
    void missingAndMalformedIdsAre404LikeHiddenOnes() {
        caller = "erin";
        assertStatus(() -> portal.knownIssues("999999", null), 404);
        assertStatus(() -> portal.knownIssues("abc", null), 404);
        assertStatus(() -> portal.knownIssue("999999"), 404);
        assertStatus(() -> portal.meToo("-1"), 404);
    }

    @Test
    void anAgentUpvotesTheIssueInsteadOfSayingMeToo() {
        long id = createAsBob();
        assertStatus(() -> portal.meToo(Long.toString(id)), 403);
        assertStatus(() -> portal.follow(Long.toString(id)), 403);
    }

    @Test
    void anonymousCallersAre401Everywhere() {
        long id = createAsBob();
        caller = null;
        assertStatus(() -> portal.portals(), 401);
        assertStatus(() -> portal.knownIssues(Long.toString(sd.id()), null), 401);
        assertStatus(() -> portal.knownIssue(Long.toString(id)), 401);
        assertStatus(() -> portal.meToo(Long.toString(id)), 401);
        assertStatus(() -> portal.follow(Long.toString(id)), 401);
        assertStatus(() -> agents.create(new PortalJson.CreateKnownIssue(vpn.key(), "t", "x", null)), 401);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue("t", null, null, null)), 401);
    }

    @Test
    void badInputIs400() {
        long id = createAsBob();
        assertStatus(() -> agents.create(null), 400);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue("", null, null, null)), 400);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue(null, "x".repeat(5001), null,
                null)), 400);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue(null, null, "done", null)), 400);
        assertStatus(() -> agents.edit(Long.toString(id), new PortalJson.EditKnownIssue(null, null, null,
                "u".repeat(2001))), 400);
        caller = "bob";
        assertStatus(() -> agents.create(new PortalJson.CreateKnownIssue(vpn.key(), "again", "x", null)), 409);
    }

    @Test
    void noPortalAnswerCarriesTheIssuesInternalText() throws Exception {
        long id = createAsBob();
        caller = "bob";
        agents.edit(Long.toString(id), new PortalJson.EditKnownIssue(null, null, "fixed", "Fixed for everyone."));
        ObjectMapper json = JsonMapping.createMapper();
        StringBuilder answers = new StringBuilder();
        for (String user : new String[] {"erin", "bob"}) {
            caller = user;
            answers.append(json.writeValueAsString(portal.portals()));
            answers.append(json.writeValueAsString(portal.knownIssues(Long.toString(sd.id()), null)));
            answers.append(json.writeValueAsString(portal.knownIssues(Long.toString(sd.id()), "vpn")));
            answers.append(json.writeValueAsString(portal.knownIssue(Long.toString(id))));
        }
        caller = "erin";
        answers.append(json.writeValueAsString(portal.meToo(Long.toString(id))));
        answers.append(json.writeValueAsString(portal.follow(Long.toString(id))));
        assertThat(answers.toString()).contains("VPN drops").doesNotContainIgnoringCase(MARKER)
                .doesNotContain(vpn.key());
    }

    static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
