package com.socialitsm.web.rest;

import static com.socialitsm.web.rest.FollowResourceTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.StoreExtension;

/** The feed endpoints' answers and status codes, on a real app and database. */
@DatabaseTest
class FeedResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private SocialApp app;
    private InMemoryHost host;
    private IssueRef open;
    private IssueRef secret;

    @BeforeEach
    void setUp() {
        host = new InMemoryHost();
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            host.addUser(user);
        }
        ProjectRef sd = host.addProject("SD");
        ProjectRef sec = host.addProject("SEC");
        host.restrictProject(sec, "alice", "bob");
        open = host.addIssue(sd, "VPN down", "", "carol");
        secret = host.addIssue(sec, "Breach", "", "carol");
        app = new SocialApp(db.store(), Clock.fixed(NOW, ZoneOffset.UTC), host, host, host);
        app.follows().follow("dave", com.socialitsm.follow.TargetType.USER, "alice");
        app.follows().follow("bob", com.socialitsm.follow.TargetType.USER, "alice");
        int n = 0;
        for (IssueRef issue : List.of(open, secret, open)) {
            app.engine().handle(IssueChange.of("c" + n++, issue, "alice", IssueChange.Kind.COMMENTED,
                    NOW.plusSeconds(n)).withComment("comment " + n));
            app.engine().handle(IssueChange.of("r" + n, issue, "alice", IssueChange.Kind.RESOLVED,
                    NOW.plusSeconds(n)));
        }
    }

    private FeedResource as(String user) {
        return new FeedResource(app, () -> Optional.ofNullable(user));
    }

    @Test
    void theFeedAnswersItemsNewestFirstAndACursorToTheNextPage() {
        FeedPageJson first = as("dave").feed("2", null, null);

        assertThat(first.items()).extracting(FeedItemJson::verb).containsExactly("resolved", "commented");
        FeedItemJson commented = first.items().get(1);
        assertThat(commented.actor()).isEqualTo("alice");
        assertThat(commented.actorName()).isEqualTo("Alice");
        assertThat(commented.issueKey()).isEqualTo(open.key());
        assertThat(commented.summary()).isEqualTo("VPN down");
        assertThat(commented.text()).isEqualTo("comment 3");
        assertThat(commented.at()).isEqualTo("2024-05-01T10:00:03Z");
        assertThat(commented.reason()).isEqualTo("user");
        assertThat(commented.count()).isEqualTo(1);
        assertThat(first.next()).isNotNull();

        FeedPageJson second = as("dave").feed("20", first.next(), "people");
        assertThat(second.items()).extracting(FeedItemJson::verb).containsExactly("resolved", "commented");
        assertThat(second.items()).allSatisfy(item -> assertThat(item.issueKey()).isEqualTo(open.key()));
        assertThat(second.next()).isNull();
        assertThat(as("bob").feed(null, null, "all").items()).hasSize(6);
        assertThat(as("bob").feed(null, null, "hashtags").items()).isEmpty();
    }

    @Test
    void badLimitsCursorsAndFiltersAre400() {
        assertStatus(() -> as("dave").feed("0", null, null), 400);
        assertStatus(() -> as("dave").feed("101", null, null), 400);
        assertStatus(() -> as("dave").feed("ten", null, null), 400);
        assertStatus(() -> as("dave").feed(null, "garbage!", null), 400);
        assertStatus(() -> as("dave").feed(null, "MTIz", null), 400);
        assertStatus(() -> as("dave").feed(null, null, "everything"), 400);
        assertStatus(() -> as("dave").suggestions("-1"), 400);
        assertStatus(() -> as("dave").stream("banana", "x", null, null), 400);
    }

    @Test
    void theFeedIsPersonalSoAnonymousCallersGet401() {
        assertStatus(() -> as(null).feed(null, null, null), 401);
        assertStatus(() -> as(null).suggestions(null), 401);
    }

    @Test
    void aTargetStreamShowsWhatTheCallerMaySeeAndHidesHiddenTargets() {
        assertThat(as("dave").stream("user", "alice", null, null).items()).hasSize(4);
        assertThat(as("bob").stream("user", "alice", null, null).items()).hasSize(6);
        assertThat(as("dave").stream("issue", open.key(), "1", null).next()).isNotNull();
        assertStatus(() -> as("dave").stream("issue", secret.key(), null, null), 404);
        assertStatus(() -> as("dave").stream("project", "SEC", null, null), 404);
    }

    @Test
    void suggestionsNamePeopleAndTags() {
        app.engine().handle(IssueChange.of("c-carol", open, "carol", IssueChange.Kind.COMMENTED, NOW)
                .withComment("me too"));

        FollowSuggestionsJson suggestions = as("dave").suggestions(null);

        assertThat(suggestions.people()).extracting(p -> p.person().key()).containsExactly("carol");
    }

    @Test
    void personsInTheJsonHaveOneShapeAndItemsKeepTheirTopLevelActor() throws Exception {
        app.engine().handle(IssueChange.of("c-carol", open, "carol", IssueChange.Kind.COMMENTED, NOW)
                .withComment("me too"));
        com.fasterxml.jackson.databind.ObjectMapper json = JsonMapping.createMapper();

        com.fasterxml.jackson.databind.JsonNode suggested =
                json.readTree(json.writeValueAsString(as("dave").suggestions(null))).path("people").path(0);
        com.fasterxml.jackson.databind.JsonNode item =
                json.readTree(json.writeValueAsString(as("dave").stream("user", "carol", null, null)))
                        .path("items").path(0);

        assertThat(suggested.fieldNames()).toIterable()
                .containsExactly("key", "displayName", "avatarUrl", "score");
        assertThat(suggested.path("key").asText()).isEqualTo("carol");
        assertThat(item.path("actor").asText()).isEqualTo("carol");
        assertThat(item.path("actors").path(0).fieldNames()).toIterable()
                .containsExactly("key", "displayName", "avatarUrl");
        assertThat(item.path("actors").path(0).path("key").asText()).isEqualTo("carol");
    }
}
