package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.PortalResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/**
 * Idea boards on the portal, every permission edge: bob is SD's agent, dave a licensed user of SD but no agent, erin
 * and frank customers of SD's portal, gina a customer and harry the agent of the HR portal, OPS a project without a
 * portal; anonymous callers get 401. A board is seen only when its agent opened it, and only through its own portal.
 */
@DatabaseTest
class PortalIdeasResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryPortals portals = new InMemoryPortals();
    private String caller;
    private PortalResource portal;
    private IdeaResource ideas;
    private PortalRef sdPortal;
    private PortalRef hrPortal;
    private long sdIdea;
    private long hrIdea;

    @BeforeEach
    void setUp() {
        SocialApp app = new SocialApp(db.store(), new MutableClock(Instant.parse("2026-12-07T10:00:00Z")), host, host,
                host);
        ProjectRef sd = host.addProject("SD");
        ProjectRef hr = host.addProject("HR");
        ProjectRef ops = host.addProject("OPS");
        for (String user : List.of("bob", "dave", "erin", "frank", "gina", "harry")) {
            host.addUser(user);
        }
        host.restrictProject(sd, "bob", "dave");
        host.restrictProject(hr, "harry");
        host.restrictProject(ops, "bob");
        host.makeAgent(sd, "bob");
        host.makeAgent(hr, "harry");
        host.makeAgent(ops, "bob");
        sdPortal = portals.addPortal(sd, Set.of("bob"), Set.of("erin", "frank"));
        hrPortal = portals.addPortal(hr, Set.of("harry"), Set.of("gina"));
        PortalApp portalApp = new PortalApp(app, portals);
        portal = new PortalResource(portalApp, () -> Optional.ofNullable(caller));
        ideas = new IdeaResource(app, () -> Optional.ofNullable(caller), Optional.empty());
        caller = "dave";
        sdIdea = submit("SD", "Opening hours on Saturdays");
        caller = "harry";
        hrIdea = submit("HR", "Payslips as PDF by e-mail");
        caller = null;
    }

    private long submit(String project, String title) {
        return ((IdeaResource.IdeaJson) ideas.submit(new IdeaResource.SubmitRequest(project, title,
                "Please **consider** it.", null)).getEntity()).id();
    }

    private String sd() {
        return Long.toString(sdPortal.id());
    }

    @Test
    void customersSeeAndVoteOnlyOnceTheAgentOpenedTheBoard() {
        caller = "erin";
        assertThat(portal.portalIdeaBoard(sd()).open()).isFalse();
        assertStatus(() -> portal.portalIdeas(sd(), null, null, null), 404);
        assertStatus(() -> portal.portalIdea(Long.toString(sdIdea)), 404);
        assertStatus(() -> portal.votePortalIdea(Long.toString(sdIdea)), 404);

        caller = "bob";
        PortalIdeaJson.Opening closed = portal.ideaBoard("SD");
        assertThat(closed).isEqualTo(new PortalIdeaJson.Opening("SD", true, false, true));
        assertThat(portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(true)).openToPortal()).isTrue();

        caller = "erin";
        assertThat(portal.portalIdeaBoard(sd()).open()).isTrue();
        PortalIdeaJson.Page board = portal.portalIdeas(sd(), "newest", null, null);
        assertThat(board.items()).extracting(PortalIdeaJson.Row::title).containsExactly("Opening hours on Saturdays");
        PortalIdeaJson.Detail idea = portal.portalIdea(Long.toString(sdIdea));
        assertThat(idea.bodyHtml()).contains("<strong>consider</strong>");
        assertThat(portal.votePortalIdea(Long.toString(sdIdea)))
                .isEqualTo(new IdeaResource.IdeaVotesJson(sdIdea, 1, true));
        assertThat(portal.votePortalIdea(Long.toString(sdIdea)).votes()).as("one vote per person").isEqualTo(1);
        caller = "frank";
        assertThat(portal.votePortalIdea(Long.toString(sdIdea)).votes()).isEqualTo(2);
        assertThat(portal.unvotePortalIdea(Long.toString(sdIdea))).isEqualTo(
                new IdeaResource.IdeaVotesJson(sdIdea, 1, false));
        caller = "dave";
        assertThat(ideas.get(Long.toString(sdIdea)).votes()).as("the same votes inside Jira").isEqualTo(1);

        caller = "bob";
        portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(false));
        caller = "erin";
        assertStatus(() -> portal.portalIdeas(sd(), null, null, null), 404);
        assertStatus(() -> portal.portalIdea(Long.toString(sdIdea)), 404);
    }

    @Test
    void otherPortalsCustomersAgentsAndAnonymousCallersGetNothing() {
        caller = "bob";
        portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(true));
        caller = "harry";
        portal.openIdeaBoard("HR", new PortalIdeaJson.OpenRequest(true));

        caller = "gina"; // the HR portal's customer
        assertStatus(() -> portal.portalIdeas(sd(), null, null, null), 404);
        assertStatus(() -> portal.portalIdea(Long.toString(sdIdea)), 404);
        assertStatus(() -> portal.votePortalIdea(Long.toString(sdIdea)), 404);
        assertStatus(() -> portal.unvotePortalIdea(Long.toString(sdIdea)), 404);
        assertThat(portal.portalIdeas(Long.toString(hrPortal.id()), null, null, null).items()).hasSize(1);

        caller = "erin"; // SD's customer asks for HR's board and idea
        assertStatus(() -> portal.portalIdeaBoard(Long.toString(hrPortal.id())), 404);
        assertStatus(() -> portal.portalIdeas(Long.toString(hrPortal.id()), null, null, null), 404);
        assertStatus(() -> portal.portalIdea(Long.toString(hrIdea)), 404);
        assertStatus(() -> portal.votePortalIdea(Long.toString(hrIdea)), 404);
        assertStatus(() -> portal.portalIdea("999999"), 404);
        assertStatus(() -> portal.portalIdeas("nonsense", null, null, null), 404);
        assertStatus(() -> portal.portalIdeas(sd(), "loudest", null, null), 400);
        assertStatus(() -> portal.portalIdeas(sd(), "votes", "n123", null), 400);
        assertStatus(() -> portal.ideaBoard("SD"), 404);
        assertStatus(() -> portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(false)), 404);

        caller = "dave"; // browses SD, is no agent
        assertThat(portal.ideaBoard("SD").agent()).isFalse();
        assertStatus(() -> portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(false)), 403);
        assertStatus(() -> portal.portalIdeas(sd(), null, null, null), 404); // not a user of the portal

        caller = "bob";
        assertStatus(() -> portal.openIdeaBoard("HR", new PortalIdeaJson.OpenRequest(true)), 404);
        assertStatus(() -> portal.openIdeaBoard("OPS", new PortalIdeaJson.OpenRequest(true)), 400);
        assertStatus(() -> portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(null)), 400);
        assertStatus(() -> portal.openIdeaBoard("SD", null), 400);
        assertThat(portal.ideaBoard("OPS").hasPortal()).isFalse();
        assertThat(portal.portalIdeas(sd(), null, null, null).items()).as("the portal's agent").hasSize(1);

        caller = null;
        assertStatus(() -> portal.portalIdeaBoard(sd()), 401);
        assertStatus(() -> portal.portalIdeas(sd(), null, null, null), 401);
        assertStatus(() -> portal.portalIdea(Long.toString(sdIdea)), 401);
        assertStatus(() -> portal.votePortalIdea(Long.toString(sdIdea)), 401);
        assertStatus(() -> portal.unvotePortalIdea(Long.toString(sdIdea)), 401);
        assertStatus(() -> portal.ideaBoard("SD"), 401);
        assertStatus(() -> portal.openIdeaBoard("SD", new PortalIdeaJson.OpenRequest(true)), 401);
    }
}
