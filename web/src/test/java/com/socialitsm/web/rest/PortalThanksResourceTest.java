package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.PortalResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.PortalApp;
import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.kudos.PortalThanksRules;
import com.socialitsm.kudos.UserProfile;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

/**
 * POST /portal/requests/{key}/thanks on a real database: erin (reporter) and frank (participant) are the customers of
 * request SD-x assigned to bob, SD's agent; gina is a customer and harry the agent of the HR portal. Every permission
 * edge, bad input, once per request (also when two thanks race: run with -Dsocial.db=postgres|mariadb too), the
 * daily cap, and what the agent's profile shows.
 */
@DatabaseTest
class PortalThanksResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryPortals portals = new InMemoryPortals();
    private SocialApp app;
    private PortalApp portalApp;
    private ProjectRef sdProject;
    private IssueRef request;
    private String caller;
    private PortalResource portal;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), new MutableClock(Instant.parse("2026-12-07T10:00:00Z")), host, host, host);
        sdProject = host.addProject("SD");
        ProjectRef hrProject = host.addProject("HR");
        for (String user : List.of("bob", "erin", "frank", "gina", "harry")) {
            host.addUser(user);
        }
        host.restrictProject(sdProject, "bob");
        host.restrictProject(hrProject, "harry");
        portals.addPortal(sdProject, Set.of("bob"), Set.of("erin", "frank"));
        portals.addPortal(hrProject, Set.of("harry"), Set.of("gina"));
        request = newRequest();
        portalApp = new PortalApp(app, portals);
        portal = resourceFor(() -> caller);
    }

    private IssueRef newRequest() {
        IssueRef raw = host.addIssue(sdProject, "VPN down", "", "erin");
        IssueRef assigned = host.update(new IssueRef(raw.id(), raw.key(), raw.projectId(), raw.projectKey(),
                raw.summary(), raw.description(), "Resolved", true, Optional.of("bob"), Optional.of("erin")));
        portals.addRequestCustomers(assigned, "erin", "frank");
        return assigned;
    }

    private PortalResource resourceFor(java.util.function.Supplier<String> who) {
        return new PortalResource(portalApp, () -> Optional.ofNullable(who.get()));
    }

    private PortalJson.ThanksGiven thank(String key, String message) {
        Response response = portal.thank(key, new PortalJson.Thanks(message));
        assertThat(response.getStatus()).isEqualTo(201);
        return (PortalJson.ThanksGiven) response.getEntity();
    }

    @Test
    void theRequestsCustomerThanksTheAssigneeWhoseProfileShowsIt() {
        caller = "erin";
        PortalJson.ThanksGiven given = thank(request.key(), "Works again, thank you!");
        assertThat(given.to()).containsExactly("Bob");
        assertThat(given.points()).isEqualTo(PortalThanksRules.defaults().points());

        UserProfile profile = app.kudos().profile(Optional.of("bob"), "bob").orElseThrow();
        assertThat(profile.kudosReceived()).extracting(k -> k.fromName() + ": " + k.message())
                .containsExactly("Erin: Works again, thank you!");
        assertThat(profile.recent()).anySatisfy(a -> assertThat(a.reason()).isEqualTo("portal-thanks"));
        // A participant thanks too: once per customer and request.
        caller = "frank";
        assertThat(thank(request.key(), null).to()).containsExactly("Bob");
    }

    @Test
    void aSecondThanksIs409() {
        caller = "erin";
        thank(request.key(), null);
        assertStatus(() -> portal.thank(request.key(), new PortalJson.Thanks("again")), 409);
    }

    @Test
    void everyoneButTheRequestsCustomersIsRefused() {
        caller = null;
        assertStatus(() -> portal.thank(request.key(), null), 401);
        caller = "bob"; // the agent sees the request: 403
        assertStatus(() -> portal.thank(request.key(), null), 403);
        for (String other : List.of("gina", "harry")) { // another portal's customer and agent: as missing
            caller = other;
            assertStatus(() -> portal.thank(request.key(), null), 404);
        }
        IssueRef notFranks = host.addIssue(sdProject, "Printer", "", "erin");
        host.update(new IssueRef(notFranks.id(), notFranks.key(), notFranks.projectId(), notFranks.projectKey(),
                "Printer", "", "Resolved", true, Optional.of("bob"), Optional.of("erin")));
        portals.addRequestCustomers(notFranks, "erin");
        caller = "frank"; // the same portal's other customer: as missing
        assertStatus(() -> portal.thank(notFranks.key(), null), 404);
        assertStatus(() -> portal.thank("SD-99999", null), 404);
        assertStatus(() -> portal.thank("nonsense", null), 404);
        assertThat(db.store().count(KudosEntity.class, "GIVER <> ?", "")).isZero();
    }

    @Test
    void neverToThemselvesAndNotBeforeAnAgentWorkedOnIt() {
        IssueRef unassigned = host.addIssue(sdProject, "New", "", "erin");
        portals.addRequestCustomers(unassigned, "erin");
        caller = "erin";
        assertStatus(() -> portal.thank(unassigned.key(), null), 409);
        // bob, the agent, is also a participant of his own request: he is not thanked by himself.
        IssueRef bobs = host.addIssue(sdProject, "Mine", "", "bob");
        host.update(new IssueRef(bobs.id(), bobs.key(), bobs.projectId(), bobs.projectKey(), "Mine", "", "Resolved",
                true, Optional.of("bob"), Optional.of("bob")));
        portals.addRequestCustomers(bobs, "bob");
        caller = "bob";
        assertStatus(() -> portal.thank(bobs.key(), null), 409);
    }

    @Test
    void badInputIs400() {
        caller = "erin";
        assertStatus(() -> portal.thank(request.key(), new PortalJson.Thanks("x".repeat(2001))), 400);
        assertThat(thank(request.key(), "x".repeat(2000)).to()).containsExactly("Bob");
    }

    @Test
    void pastTheDailyCapIs429() {
        host.makeAdmin("admin");
        KudosAdminResource admin = new KudosAdminResource(app, () -> Optional.ofNullable(caller));
        caller = "bob";
        assertStatus(() -> admin.updatePortalThanksRules(new KudosAdminResource.PortalThanksRulesJson(7, 2)), 403);
        caller = "admin";
        assertStatus(() -> admin.updatePortalThanksRules(new KudosAdminResource.PortalThanksRulesJson(null, 0)), 400);
        assertThat(admin.updatePortalThanksRules(new KudosAdminResource.PortalThanksRulesJson(7, 2)))
                .isEqualTo(new KudosAdminResource.PortalThanksRulesJson(7, 2));
        caller = "erin";
        assertThat(thank(request.key(), null).points()).isEqualTo(7);
        thank(newRequest().key(), null);
        IssueRef third = newRequest();
        assertStatus(() -> portal.thank(third.key(), null), 429);
    }

    @Test
    void twoRacingThanksForOneRequestMakeOne201AndOne409() throws Exception {
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            IssueRef raced = newRequest();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    PortalResource erins = resourceFor(() -> "erin");
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            return erins.thank(raced.key(), new PortalJson.Thanks("race")).getStatus();
                        } catch (ApiException e) {
                            return e.status();
                        }
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.store().count(KudosEntity.class, "ISSUE_ID = ?", raced.id())).isEqualTo(1);
        }
    }
}
