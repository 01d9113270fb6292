package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.PortalResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.PortalApp;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.StoreExtension;

/**
 * POST /hashtags/{tag}/known-issue ("Make known issue" on a trending tag): the spike's problem raised and published
 * in one call, and every edge: anonymous 401, customers 403, bad input 400, several portals and none chosen 400, a
 * portal the agent does not serve 404, a tag with no visible issue 404, a second promotion 409, and the host refusing
 * the problem: no known issue, and the retry works.
 */
@DatabaseTest
class TagKnownIssueResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private SocialWorld world;
    private InMemoryIssueCreation creation;
    private PortalApp portalApp;
    private String caller;
    private TagKnownIssueResource promote;
    private PortalResource portal;
    private PortalRef sd;
    private PortalRef hr;
    private ProjectRef sdProject;

    @BeforeEach
    void setUp() {
        world = new SocialWorld(db.store());
        InMemoryPortals portals = new InMemoryPortals();
        sdProject = world.host.addProject("SD");
        ProjectRef hrProject = world.host.addProject("HR");
        world.host.restrictProject(sdProject, "bob", "alice");
        world.host.restrictProject(hrProject, "harry", "alice");
        sd = portals.addPortal(sdProject, Set.of("bob", "alice"), Set.of("erin", "frank"));
        hr = portals.addPortal(hrProject, Set.of("harry", "alice"), Set.of("gina"));
        for (int i = 0; i < 3; i++) {
            world.create(sdProject, "Internal VPN note #vpn " + i, "", "bob");
        }
        creation = new InMemoryIssueCreation(world.host);
        portalApp = new PortalApp(world.app, portals);
        promote = new TagKnownIssueResource(portalApp, () -> Optional.ofNullable(caller), Optional.of(creation));
        portal = new PortalResource(portalApp, () -> Optional.ofNullable(caller));
    }

    private Response promote(String user, String tag, PortalJson.PromoteTag body) {
        caller = user;
        return promote.promote(tag, body);
    }

    private static PortalJson.PromoteTag vpn(Long portalId) {
        return new PortalJson.PromoteTag("VPN drops for remote staff", "We are looking into it.", portalId, null);
    }

    @Test
    void anAgentMakesTheSpikeAKnownIssueInOneCallTheProblemLinkedToTheSpike() {
        Response response = promote("bob", "#VPN", vpn(null));

        assertThat(response.getStatus()).isEqualTo(201);
        PortalJson.AgentKnownIssue known = (PortalJson.AgentKnownIssue) response.getEntity();
        assertThat(known.portalId()).isEqualTo(sd.id());
        assertThat(known.title()).isEqualTo("VPN drops for remote staff");
        assertThat(known.status()).isEqualTo("investigating");
        assertThat(world.host.byKey(known.issueKey()).orElseThrow().summary()).startsWith("#vpn: 3 issues");
        assertThat(creation.links()).hasSize(3).allMatch(link -> link.from().equals(known.issueKey()));
        caller = "erin";
        assertThat(portal.knownIssues(Long.toString(sd.id()), null)).extracting(PortalJson.KnownIssueRow::title)
                .containsExactly("VPN drops for remote staff");
        // The spike's problem is a known issue now: a second promotion is a conflict, not a second problem.
        assertStatus(() -> promote("alice", "vpn", vpn(sd.id())), 409);
        assertThat(creation.createdTypes()).hasSize(1);
    }

    @Test
    void customersAndAnonymousCallersAreRefusedBeforeTheTagIsLookedAt() {
        assertStatus(() -> promote(null, "vpn", vpn(null)), 401);
        assertStatus(() -> promote("erin", "vpn", vpn(null)), 403);
        assertStatus(() -> promote("gina", "nosuchtag", vpn(sd.id())), 403);
        assertThat(creation.createdTypes()).as("no problem raised").isEmpty();
    }

    @Test
    void badInputIsA400AndWritesNothing() {
        assertStatus(() -> promote("bob", "vpn", new PortalJson.PromoteTag(" ", "text", null, null)), 400);
        assertStatus(() -> promote("bob", "vpn", new PortalJson.PromoteTag("t", "", null, null)), 400);
        assertStatus(() -> promote("bob", "vpn", new PortalJson.PromoteTag("t".repeat(201), "x", null, null)), 400);
        assertStatus(() -> promote("bob", "vpn", new PortalJson.PromoteTag("t", "x", null, 0)), 400);
        assertStatus(() -> promote("bob", "not a tag!", vpn(null)), 400);
        assertStatus(() -> promote("bob", "vpn", null), 400);
        // An agent of two portals says which.
        assertStatus(() -> promote("alice", "vpn", vpn(null)), 400);
        assertThat(creation.createdTypes()).as("no problem raised").isEmpty();
    }

    @Test
    void aPortalTheAgentDoesNotServeOrATagTheyCannotSeeIsNotFound() {
        assertStatus(() -> promote("bob", "vpn", vpn(hr.id())), 404);
        assertStatus(() -> promote("bob", "vpn", vpn(999L)), 404);
        assertStatus(() -> promote("bob", "nobodyusedit", vpn(null)), 404);
        // harry serves HR but sees none of the spike's issues (SD's).
        assertStatus(() -> promote("harry", "vpn", vpn(hr.id())), 404);
        assertThat(creation.createdTypes()).as("no problem raised").isEmpty();
    }

    @Test
    void whenTheHostRefusesTheProblemNoKnownIssueIsWrittenAndTheRetryWorks() {
        creation.bar("bob");
        assertStatus(() -> promote("bob", "vpn", vpn(null)), 403);
        caller = "bob";
        assertThat(portal.knownIssues(Long.toString(sd.id()), null)).isEmpty();

        Response retry = promote("alice", "vpn", vpn(sd.id()));
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(((PortalJson.AgentKnownIssue) retry.getEntity()).portalId()).isEqualTo(sd.id());
    }

    @Test
    void aSpikeWhoseProblemWasRaisedInAnotherProjectIsAConflict() {
        caller = "alice";
        new SpikeResource(world.app, () -> Optional.of("alice"), Optional.of(creation))
                .raiseProblem("vpn", new SpikeResource.ProblemRequest("HR", 24));

        assertStatus(() -> promote("alice", "vpn", vpn(sd.id())), 409);
        caller = "alice";
        assertThat(portal.knownIssues(Long.toString(sd.id()), null)).isEmpty();
    }
}
