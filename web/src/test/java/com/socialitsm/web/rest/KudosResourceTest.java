package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.VoteResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.MutableClock;
import com.socialitsm.testing.StoreExtension;

@DatabaseTest
class KudosResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-12T10:00:00Z"));
    private SocialApp app;
    private String caller;
    private KudosResource resource;
    private KudosAdminResource admin;
    private IssueRef issue;
    private IssueRef secret;

    @BeforeEach
    void setUp() {
        app = new SocialApp(db.store(), clock, host, host, host);
        ProjectRef sd = host.addProject("SD");
        issue = assigned(host.addIssue(sd, "VPN drops", "", "carol"), "bob");
        secret = assigned(host.addIssue(sd, "Breach", "", "carol"), "bob");
        for (String user : List.of("alice", "bob", "carol", "dave", "admin")) {
            host.addUser(user);
        }
        host.makeAdmin("admin");
        caller = "alice";
        resource = new KudosResource(app, () -> Optional.ofNullable(caller));
        admin = new KudosAdminResource(app, () -> Optional.ofNullable(caller));
    }

    @Test
    void givingKudosAnswers201WithIdReceiverAndPoints() {
        Response response = resource.give(new KudosJson.GiveKudosRequest("bob", issue.key(), "Thanks!"));

        assertThat(response.getStatus()).isEqualTo(201);
        KudosJson.KudosGiven given = (KudosJson.KudosGiven) response.getEntity();
        assertThat(given.id()).isPositive();
        assertThat(given.to()).isEqualTo("bob");
        assertThat(given.points()).isEqualTo(5);
    }

    @Test
    void badKudosGetTheirStatuses() {
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("alice", null, "me")), 400);
        assertThat(FollowResourceTest.failure(() -> resource.give(new KudosJson.GiveKudosRequest("alice", null, "me")))
                .code()).isEqualTo("self_kudos");
        assertThat(FollowResourceTest.failure(() -> resource.give(new KudosJson.GiveKudosRequest("nobody", null, "")))
                .code()).isEqualTo("not_found");
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("bob", null, "x".repeat(2001))), 400);
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest(null, null, "who?")), 400);
        assertStatus(() -> resource.give(null), 400);
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("nobody", null, "")), 404);
        host.restrictIssue(secret, "bob");
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("bob", secret.key(), "")), 404);
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("bob", "SD-404", "")), 404);
        caller = null;
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("bob", null, "")), 401);
    }

    @Test
    void pastTheDailyCapKudosAre429() {
        for (int i = 0; i < 10; i++) {
            host.addUser("r" + i);
            assertThat(resource.give(new KudosJson.GiveKudosRequest("r" + i, null, "thanks")).getStatus()).isEqualTo(201);
        }
        assertStatus(() -> resource.give(new KudosJson.GiveKudosRequest("bob", null, "thanks")), 429);
        assertThat(FollowResourceTest.failure(() -> resource.give(new KudosJson.GiveKudosRequest("bob", null, "thanks")))
                .code()).isEqualTo("kudos_cap");
    }

    @Test
    void theLeaderboardListsUsersWithRanksAndChecksItsParameters() {
        resource.give(new KudosJson.GiveKudosRequest("bob", issue.key(), "Thanks!"));
        caller = "carol";
        resource.give(new KudosJson.GiveKudosRequest("dave", issue.key(), "Thanks!"));
        resource.give(new KudosJson.GiveKudosRequest("bob", null, "You too"));

        assertThat(resource.leaderboard("week", null, null)).containsExactly(
                new KudosJson.Row("bob", "Bob", "", 10, 1, false), new KudosJson.Row("dave", "Dave", "", 5, 2, false));
        assertThat(resource.leaderboard(null, "SD", "1")).extracting(KudosJson.Row::user).containsExactly("bob");
        assertStatus(() -> resource.leaderboard("year", null, null), 400);
        assertStatus(() -> resource.leaderboard("all", null, "0"), 400);
        assertStatus(() -> resource.leaderboard("all", "NOPE", null), 404);
    }

    @Test
    void optingOutTakesTheCallerOffTheLeaderboard() {
        resource.give(new KudosJson.GiveKudosRequest("bob", null, "Thanks!"));
        caller = "bob";
        assertThat(resource.optOut()).isEqualTo(new KudosJson.OptOut(true));
        assertThat(resource.optedOut()).isEqualTo(new KudosJson.OptOut(true));
        assertThat(resource.leaderboard("week", null, null)).isEmpty();
        assertThat(resource.optIn()).isEqualTo(new KudosJson.OptOut(false));
        assertThat(resource.leaderboard("week", null, null)).extracting(KudosJson.Row::user).containsExactly("bob");
        caller = null;
        assertStatus(resource::optOut, 401);
    }

    @Test
    void afterOptingOutTheIssuePanelHidesTheUsersPointsAsTheProfileDoes() {
        resource.give(new KudosJson.GiveKudosRequest("bob", issue.key(), "Thanks!"));
        caller = "carol";
        resource.give(new KudosJson.GiveKudosRequest("dave", issue.key(), "Thanks too!"));
        caller = "bob";
        resource.optOut();

        for (String viewer : List.of("alice", "carol")) {
            caller = viewer;
            assertThat(resource.issue(issue.key()).kudos()).as(viewer)
                    .extracting(k -> k.to() + "=" + k.points()).containsExactly("dave=5", "bob=null");
            assertThat(resource.profile("bob").kudos()).as("the profile hides them the same way")
                    .extracting(KudosJson.Kudos::points).containsOnlyNulls();
        }
        caller = null;
        assertThat(resource.issue(issue.key()).kudos()).as("anonymous").extracting(KudosJson.Kudos::points)
                .containsExactly(5, null);
        for (String ownerOrAdmin : List.of("bob", "admin")) {
            caller = ownerOrAdmin;
            assertThat(resource.issue(issue.key()).kudos()).as(ownerOrAdmin).extracting(KudosJson.Kudos::points)
                    .containsExactly(5, 5);
        }

        caller = "bob";
        resource.optIn();
        caller = "alice";
        assertThat(resource.issue(issue.key()).kudos()).extracting(KudosJson.Kudos::points).containsExactly(5, 5);
        caller = "admin";
        admin.updateRules(new KudosAdminResource.Rules(
                null, null, null, null, null, null, null, null, null, null, null, true));
        caller = "alice";
        assertThat(resource.issue(issue.key()).kudos()).as("privacy mode hides everyone's")
                .extracting(KudosJson.Kudos::points).containsOnlyNulls();
        caller = "dave";
        assertThat(resource.issue(issue.key()).kudos()).as("but one's own").extracting(KudosJson.Kudos::points)
                .containsExactly(5, null);
    }

    @Test
    void aProfileShowsPointsBadgesAndOnlyAwardsTheViewerMaySee() {
        resolve(issue);
        resolve(secret);
        host.restrictIssue(secret, "bob");

        KudosJson.Profile profile = resource.profile("bob");
        assertThat(profile.points()).isEqualTo(20);
        assertThat(profile.badges()).extracting(KudosJson.Badge::code).containsExactly("first-resolution");
        assertThat(profile.recent()).extracting(KudosJson.AwardRow::issueKey).containsExactly(issue.key());
        assertThat(profile.recent()).extracting(KudosJson.AwardRow::link).containsExactly("/browse/" + issue.key());
        assertThat(profile.me()).isFalse();
        assertStatus(() -> resource.profile("nobody"), 404);
    }

    @Test
    void theLedgerIsForItsOwnerAndAdminsOnly() {
        resolve(issue);
        resolve(secret);
        host.restrictIssue(secret, "carol");

        assertStatus(() -> resource.ledger("bob", null, null), 403);
        caller = null;
        assertStatus(() -> resource.ledger("bob", null, null), 401);
        caller = "bob";
        KudosJson.Ledger first = resource.ledger("bob", "1", null);
        assertThat(first.items()).singleElement().satisfies(row -> {
            assertThat(row.hidden()).isTrue();
            assertThat(row.issueKey()).isNull();
            assertThat(row.link()).isNull();
            assertThat(row.points()).isEqualTo(10);
        });
        KudosJson.Ledger second = resource.ledger("bob", "5", String.valueOf(first.next()));
        assertThat(second.items()).extracting(KudosJson.AwardRow::issueKey).containsExactly(issue.key());
        assertThat(second.next()).isNull();
        caller = "admin";
        assertThat(resource.ledger("bob", null, null).items()).hasSize(2);
        assertStatus(() -> resource.ledger("nobody", null, null), 404);
        assertStatus(() -> resource.ledger("bob", "500", null), 400);
    }

    @Test
    void theIssuePanelSuggestsPeopleAndListsKudosButHidesHiddenIssues() {
        resource.give(new KudosJson.GiveKudosRequest("bob", issue.key(), "Thanks!"));

        KudosJson.IssuePanel panel = resource.issue(issue.key());
        assertThat(panel.people()).extracting(PersonJson::key).containsExactly("bob");
        assertThat(panel.kudos()).extracting(KudosJson.Kudos::message).containsExactly("Thanks!");
        host.restrictIssue(issue, "bob");
        assertStatus(() -> resource.issue(issue.key()), 404);
    }

    @Test
    void onlyAdminsTuneTheRulesAndBadRulesAre400() {
        assertStatus(admin::rules, 403);
        caller = null;
        assertStatus(admin::rules, 401);
        caller = "admin";
        KudosAdminResource.Rules changed = admin.updateRules(new KudosAdminResource.Rules(
                20, null, null, 5, 0, null, null, List.of(4, 2), null, null, null, true));
        assertThat(changed.resolvedPoints()).isEqualTo(20);
        assertThat(changed.firstTagBonusPoints()).isEqualTo(15);
        assertThat(changed.establishedTagMinIssues()).isEqualTo(5);
        assertThat(changed.firstResponsePoints()).isZero();
        assertThat(changed.peerKudosPoints()).containsExactly(4, 2);
        assertThat(changed.privacyMode()).isTrue();
        assertThat(admin.rules()).isEqualTo(changed);
        assertStatus(() -> admin.updateRules(new KudosAdminResource.Rules(
                -5, null, null, null, null, null, null, null, null, null, null, null)), 400);
        assertStatus(() -> admin.updateRules(new KudosAdminResource.Rules(
                null, null, null, null, null, null, null, List.of(), null, null, null, null)), 400);
        assertStatus(() -> admin.updateRules(new KudosAdminResource.Rules(
                null, null, null, 10_001, null, null, null, null, null, null, null, null)), 400);
    }

    @Test
    void adminsExcludeBotsAndStartSeasons() {
        caller = "admin";
        assertThat(admin.exclude("dave").users()).containsExactly("dave");
        assertStatus(() -> admin.exclude("nobody"), 404);
        assertThat(admin.include("dave").users()).isEmpty();
        assertThat(admin.startSeason(null).start()).isEqualTo(clock.instant().toString());
        assertStatus(() -> admin.startSeason(new KudosAdminResource.SeasonRequest("2020-01-01T00:00:00Z")), 400);
        assertStatus(() -> admin.startSeason(new KudosAdminResource.SeasonRequest("soon")), 400);
        assertThat(admin.startSeason(new KudosAdminResource.SeasonRequest("2030-01-01T00:00:00Z")).start())
                .isEqualTo("2030-01-01T00:00:00Z");
    }

    @Test
    void theJsonKeepsTheContractsFieldNames() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        resource.give(new KudosJson.GiveKudosRequest("bob", issue.key(), "Thanks!"));

        assertThat(json.writeValueAsString(resource.leaderboard("week", null, null).get(0)))
                .isEqualTo("{\"user\":\"bob\",\"displayName\":\"Bob\",\"avatarUrl\":\"\",\"points\":5,\"rank\":1,"
                        + "\"me\":false}");
        assertThat(json.readTree(json.writeValueAsString(resource.profile("bob"))).fieldNames())
                .toIterable().contains("user", "displayName", "points", "badges", "recent");
        assertThat(json.readTree(json.writeValueAsString(resource.issue(issue.key()))).path("people").path(0)
                .fieldNames()).toIterable().containsExactly("key", "displayName", "avatarUrl");
        assertThat(json.readValue("{\"to\":\"bob\",\"issueKey\":\"SD-1\",\"message\":\"hi\"}",
                KudosJson.GiveKudosRequest.class)).isEqualTo(new KudosJson.GiveKudosRequest("bob", "SD-1", "hi"));
        assertThat(json.writeValueAsString(new VoteResource.VoteJson("SD-1", 2, true)))
                .isEqualTo("{\"issueKey\":\"SD-1\",\"count\":2,\"voted\":true}");
    }

    @Test
    void socialResourcesRegisterTheVoteAndKudosResources() {
        List<Object> all = SocialResources.all(app, () -> Optional.of("alice"));
        assertThat(all).hasAtLeastOneElementOfType(VoteResource.class)
                .hasAtLeastOneElementOfType(KudosResource.class)
                .hasAtLeastOneElementOfType(KudosAdminResource.class);
    }

    private IssueRef assigned(IssueRef issue, String assignee) {
        return host.update(new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(),
                issue.summary(), issue.description(), issue.status(), false, Optional.of(assignee), issue.reporter()));
    }

    private void resolve(IssueRef issue) {
        app.engine().handle(IssueChange.of("resolve-" + issue.id(), issue, "bob", IssueChange.Kind.RESOLVED,
                clock.instant()));
    }
}
