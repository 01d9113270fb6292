package com.socialitsm.knownissue;

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
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class KnownIssueServiceTest {
    private static final int THREADS = 16;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private InMemoryHost host;
    private InMemoryPortals portals;
    private SocialApp app;
    private KnownIssueService known;
    private PortalRef sdPortal;
    private PortalRef hrPortal;
    private IssueRef vpn;
    private IssueRef payroll;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        portals = new InMemoryPortals();
        app = new SocialApp(db.store(), clock, host, host, host);
        known = new PortalApp(app, portals).knownIssues();
        ProjectRef sd = host.addProject("SD");
        ProjectRef hr = host.addProject("HR");
        host.restrictProject(sd, "bob", "alice");
        host.restrictProject(hr, "harry");
        Set<String> sdCustomers = new java.util.HashSet<>(Set.of("erin", "frank"));
        for (int i = 0; i < THREADS; i++) {
            sdCustomers.add("customer" + i);
        }
        sdPortal = portals.addPortal(sd, Set.of("bob", "alice"), sdCustomers);
        hrPortal = portals.addPortal(hr, Set.of("harry"), Set.of("gina"));
        vpn = host.addIssue(sd, "SECRET internal summary #vpn", "internal description", "erin");
        payroll = host.addIssue(hr, "Payroll", "", "gina");
    }

    private static Optional<String> as(String user) {
        return Optional.of(user);
    }

    private KnownIssue createVpn() {
        return known.create(as("bob"), new KnownIssueDraft(vpn.key(), "VPN drops for remote staff",
                "We are looking into it.", Optional.empty())).value();
    }

    @Test
    void thePublicationAndEachPublicUpdateReachTheIssuesFollowersInTheirFeed() {
        app.follows().follow("alice", com.socialitsm.follow.TargetType.ISSUE, vpn.key());
        KnownIssue created = createVpn();
        clock.advance(java.time.Duration.ofMinutes(5));
        known.edit(as("bob"), created.id(), new KnownIssueEdit(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("A fix is rolling out."))).value();
        clock.advance(java.time.Duration.ofMinutes(5));
        known.edit(as("bob"), created.id(), new KnownIssueEdit(Optional.empty(), Optional.empty(), Optional.of("fixed"),
                Optional.empty())).value();

        List<com.socialitsm.activity.FeedItem> feed = app.feed().feed(as("alice"),
                com.socialitsm.activity.FeedQuery.first(20)).items();
        // Consecutive activities of one verb on one issue fold into one item: the newest, counting all three.
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).verb()).isEqualTo(com.socialitsm.activity.Verb.KNOWN_ISSUE);
        assertThat(feed.get(0).text()).isEqualTo("fixed");
        assertThat(feed.get(0).count()).isEqualTo(3);
        assertThat(feed.get(0).issueKey()).contains(vpn.key());
        assertThat(app.feed().feed(as("bob"), com.socialitsm.activity.FeedQuery.first(20)).items())
                .as("not the agent who wrote them").isEmpty();
    }

    @Test
    void anAgentTurnsAnIssueIntoAKnownIssueOfItsPortal() {
        KnownIssue created = createVpn();

        assertThat(created.portalId()).isEqualTo(sdPortal.id());
        assertThat(created.status()).isEqualTo(KnownIssueStatus.INVESTIGATING);
        assertThat(created.meToo()).isZero();
        assertThat(known.list(as("erin"), sdPortal.id()).value()).extracting(PortalKnownIssue::title)
                .containsExactly("VPN drops for remote staff");
    }

    @Test
    void aSecondKnownIssueForTheSameIssueIsAConflict() {
        createVpn();
        Outcome<KnownIssue> again = known.create(as("alice"), new KnownIssueDraft(vpn.key(), "t", "x",
                Optional.empty()));
        assertThat(problem(again)).isEqualTo(Problem.CONFLICT);
    }

    @Test
    void customersAnonymousAndOtherPortalsAgentsCannotWriteKnownIssues() {
        KnownIssueDraft draft = new KnownIssueDraft(vpn.key(), "t", "x", Optional.empty());
        assertThat(problem(known.create(as("erin"), draft))).isEqualTo(Problem.FORBIDDEN);
        assertThat(problem(known.create(Optional.empty(), draft))).isEqualTo(Problem.NOT_LOGGED_IN);
        // harry is an agent of HR only: SD's issue is hidden from him, so it is missing.
        assertThat(problem(known.create(as("harry"), draft))).isEqualTo(Problem.NOT_FOUND);
        // A customer gets 403 whether or not the issue exists: nothing about issues leaks.
        assertThat(problem(known.create(as("erin"), new KnownIssueDraft("SD-999", "t", "x", Optional.empty()))))
                .isEqualTo(Problem.FORBIDDEN);
        long id = createVpn().id();
        assertThat(problem(known.edit(as("frank"), id, new KnownIssueEdit(Optional.of("x"), null, null, null))))
                .isEqualTo(Problem.FORBIDDEN);
        assertThat(problem(known.edit(as("harry"), id, new KnownIssueEdit(Optional.of("x"), null, null, null))))
                .isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void badInputIsInvalid() {
        assertThat(problem(known.create(as("bob"), new KnownIssueDraft(vpn.key(), " ", "x", Optional.empty()))))
                .isEqualTo(Problem.INVALID);
        assertThat(problem(known.create(as("bob"), new KnownIssueDraft(vpn.key(), "t".repeat(201), "x",
                Optional.empty())))).isEqualTo(Problem.INVALID);
        assertThat(problem(known.create(as("bob"), new KnownIssueDraft(vpn.key(), "t", "x".repeat(5001),
                Optional.empty())))).isEqualTo(Problem.INVALID);
        assertThat(problem(known.create(as("bob"), new KnownIssueDraft(vpn.key(), "t", "x",
                Optional.of("gone"))))).isEqualTo(Problem.INVALID);
        long id = createVpn().id();
        assertThat(problem(known.edit(as("bob"), id, new KnownIssueEdit(null, null, null,
                Optional.of("u".repeat(2001)))))).isEqualTo(Problem.INVALID);
    }

    @Test
    void otherPortalsCustomersAndAnonymousSeeNothing() {
        long id = createVpn().id();
        assertThat(problem(known.list(as("gina"), sdPortal.id()))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(known.list(as("gina"), 999))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(known.list(Optional.empty(), sdPortal.id()))).isEqualTo(Problem.NOT_LOGGED_IN);
        assertThat(problem(known.meToo(as("gina"), id, true))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(known.meToo(as("gina"), 424242, true))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(known.follow(as("gina"), id, true))).isEqualTo(Problem.NOT_FOUND);
        assertThat(problem(known.detail(as("gina"), id))).isEqualTo(Problem.NOT_FOUND);
        assertThat(known.list(as("gina"), hrPortal.id()).value()).isEmpty();
    }

    @Test
    void meTooIsOnePerCustomerAndAgentsUpvoteInstead() {
        long id = createVpn().id();
        assertThat(known.meToo(as("erin"), id, true).value()).isEqualTo(new MeTooState(id, 1, true));
        assertThat(known.meToo(as("erin"), id, true).value()).isEqualTo(new MeTooState(id, 1, true));
        assertThat(known.meToo(as("frank"), id, true).value()).isEqualTo(new MeTooState(id, 2, true));
        assertThat(known.meToo(as("frank"), id, false).value()).isEqualTo(new MeTooState(id, 1, false));
        assertThat(problem(known.meToo(as("bob"), id, true))).isEqualTo(Problem.FORBIDDEN);

        PortalKnownIssue seenByErin = known.list(as("erin"), sdPortal.id()).value().get(0);
        assertThat(seenByErin.meToo()).isEqualTo(1);
        assertThat(seenByErin.myMeToo()).isTrue();
        assertThat(known.list(as("frank"), sdPortal.id()).value().get(0).myMeToo()).isFalse();
    }

    @Test
    void sixteenCustomersRacingAreCountedExactly() throws Exception {
        long id = createVpn().id();
        List<Object> outcomes = Race.outcomes(THREADS, i -> known.meToo(as("customer" + i), id, true));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Done.class));
        assertThat(known.meTooCount(id)).isEqualTo(THREADS);
    }

    @Test
    void oneCustomerRacingWithHimselfSaysMeTooOnce() throws Exception {
        long id = createVpn().id();
        List<Object> outcomes = Race.outcomes(THREADS, i -> known.meToo(as("erin"), id, true));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Done.class));
        assertThat(known.meTooCount(id)).isEqualTo(1);
        List<Object> follows = Race.outcomes(THREADS, i -> known.follow(as("erin"), id, true));
        assertThat(follows).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Done.class));
        assertThat(known.detail(as("bob"), id).value().issue().following()).isFalse();
        assertThat(known.ofIssue(as("bob"), vpn.key()).value().known().orElseThrow().followers()).isEqualTo(1);
    }

    @Test
    void followersReadTheAgentsPublicUpdatesAndSeeItFixed() {
        long id = createVpn().id();
        assertThat(known.follow(as("frank"), id, true).value()).isEqualTo(new FollowState(id, true));
        clock.advance(java.time.Duration.ofMinutes(5));
        known.edit(as("bob"), id, new KnownIssueEdit(null, null, Optional.of("identified"),
                Optional.of("A certificate expired; renewing it."))).value();
        clock.advance(java.time.Duration.ofMinutes(5));
        KnownIssue fixed = known.edit(as("alice"), id, new KnownIssueEdit(null, null, Optional.of("fixed"), null))
                .value();

        assertThat(fixed.status()).isEqualTo(KnownIssueStatus.FIXED);
        PortalKnownIssueDetail detail = known.detail(as("frank"), id).value();
        assertThat(detail.issue().following()).isTrue();
        assertThat(detail.issue().status()).isEqualTo(KnownIssueStatus.FIXED);
        assertThat(detail.updates()).extracting(PublicUpdate::status)
                .containsExactly(KnownIssueStatus.FIXED, KnownIssueStatus.IDENTIFIED);
        assertThat(detail.updates().get(1).message()).isEqualTo("A certificate expired; renewing it.");
        assertThat(known.follow(as("frank"), id, false).value().following()).isFalse();
    }

    @Test
    void nothingOfTheIssueItselfReachesThePortalView() {
        long id = createVpn().id();
        String portalView = known.list(as("erin"), sdPortal.id()).value() + " " + known.detail(as("erin"), id).value();
        assertThat(portalView).doesNotContain("SECRET", "internal", "#vpn", vpn.key());
    }

    @Test
    void matchingFindsOpenKnownIssuesByTheWordsACustomerTypes() {
        long id = createVpn().id();
        assertThat(known.matching(as("erin"), sdPortal.id(), "my vpn keeps dropping", 5))
                .extracting(PortalKnownIssue::id).containsExactly(id);
        assertThat(known.matching(as("erin"), sdPortal.id(), "printer", 5)).isEmpty();
        assertThat(known.matching(as("gina"), sdPortal.id(), "vpn", 5)).isEmpty();
    }

    private static Problem problem(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal().problem();
    }
}
