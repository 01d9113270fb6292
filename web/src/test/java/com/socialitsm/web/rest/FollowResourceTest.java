package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/** The follow endpoints' answers and status codes, on a real app and database. */
@DatabaseTest
class FollowResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private SocialApp app;
    private IssueRef open;
    private IssueRef secret;

    @BeforeEach
    void setUp() {
        OpenAndSecretProjects world = new OpenAndSecretProjects(db.store(), NOW, "VPN down", "", "Breach");
        app = world.app;
        open = world.open;
        secret = world.secret;
    }

    private FollowResource as(String user) {
        return new FollowResource(app, () -> Optional.ofNullable(user));
    }

    @Test
    void followAnswersTypeIdAndFollowingEveryTime() {
        assertThat(as("bob").follow("issue", open.key()))
                .isEqualTo(new FollowJson("issue", open.key(), true, false, 1));
        assertThat(as("bob").follow("issue", open.key()))
                .isEqualTo(new FollowJson("issue", open.key(), true, false, 1));
        assertThat(as("bob").follow("hashtag", "#VPN")).isEqualTo(new FollowJson("hashtag", "vpn", true, false, 1));
        assertThat(as("bob").follow("user", "alice")).isEqualTo(new FollowJson("user", "alice", true, false, 1));
        assertThat(as("bob").follow("project", "SD")).isEqualTo(new FollowJson("project", "SD", true, false, 1));
        assertThat(as("bob").unfollow("project", "SD")).isEqualTo(new FollowJson("project", "SD", false, false, 0));

        assertThat(as("bob").myFollows()).extracting(FollowListEntryJson::type, FollowListEntryJson::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("user", "alice"),
                        org.assertj.core.groups.Tuple.tuple("hashtag", "vpn"),
                        org.assertj.core.groups.Tuple.tuple("issue", open.key()));
        assertThat(as("bob").myFollows().get(0).since()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void muteAndUnmuteAnIssue() {
        as("bob").follow("issue", open.key());
        assertThat(as("bob").mute("issue", open.key())).isEqualTo(new FollowJson("issue", open.key(), false, true, 0));
        assertThat(as("bob").status("issue", open.key())).isEqualTo(new FollowJson("issue", open.key(), false, true, 0));
        assertThat(as("bob").unmute("issue", open.key())).isEqualTo(new FollowJson("issue", open.key(), false, false, 0));
    }

    @Test
    void aMutedHashtagPersonOrProjectStaysFollowedAndUnmutingResumesIt() {
        for (String[] target : new String[][] {{"hashtag", "vpn"}, {"user", "alice"}, {"project", "SD"}}) {
            as("bob").follow(target[0], target[1]);
            assertThat(as("bob").mute(target[0], target[1]))
                    .isEqualTo(new FollowJson(target[0], target[1], true, true, 0));
            assertThat(as("bob").status(target[0], target[1]))
                    .isEqualTo(new FollowJson(target[0], target[1], true, true, 0));
            assertThat(as("bob").myFollows()).filteredOn(entry -> entry.id().equals(target[1]))
                    .extracting(FollowListEntryJson::muted).containsExactly(true);
            assertThat(as("bob").unmute(target[0], target[1]))
                    .isEqualTo(new FollowJson(target[0], target[1], true, false, 1));
            as("bob").mute(target[0], target[1]);
            assertThat(as("bob").unfollow(target[0], target[1]))
                    .as("unfollowing removes the follow and its mute")
                    .isEqualTo(new FollowJson(target[0], target[1], false, false, 0));
        }
    }

    @Test
    void onlyAFollowedHashtagPersonOrProjectCanBeMuted() {
        ApiException notFollowing = failure(() -> as("bob").mute("hashtag", "vpn"));
        assertThat(notFollowing.status()).isEqualTo(409);
        assertThat(notFollowing.code()).isEqualTo("not_following");
        assertStatus(() -> as("bob").mute("user", "alice"), 409);
        assertStatus(() -> as("dave").mute("project", "SEC"), 404);
        assertStatus(() -> as("bob").mute("banana", "x"), 400);
    }

    @Test
    void anonymousCallersMayLookButNotFollow() {
        assertStatus(() -> as(null).follow("issue", open.key()), 401);
        assertStatus(() -> as(null).unfollow("issue", open.key()), 401);
        assertStatus(() -> as(null).mute("issue", open.key()), 401);
        assertStatus(() -> as(null).myFollows(), 401);
        assertThat(as(null).status("issue", open.key())).isEqualTo(new FollowJson("issue", open.key(), false, false, 0));
    }

    @Test
    void badTypesAndHashtagsAre400AndFollowingOneselfToo() {
        assertStatus(() -> as("bob").follow("banana", "x"), 400);
        assertStatus(() -> as("bob").status("banana", "x"), 400);
        assertStatus(() -> as("bob").follow("hashtag", "not a tag"), 400);
        assertStatus(() -> as("bob").follow("user", "bob"), 400);
        assertThat(failure(() -> as("bob").follow("user", "bob")).code()).isEqualTo("bad_request");
    }

    @Test
    void hiddenAndMissingTargetsAreTheSame404() {
        ApiException hidden = failure(() -> as("dave").follow("issue", secret.key()));
        ApiException missing = failure(() -> as("dave").follow("issue", "SD-424242"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("not_found");
        assertThat(hidden.getMessage()).isEqualTo(missing.getMessage())
                .isEqualTo("There is no such issue, or you may not see it.");
        assertStatus(() -> as("dave").mute("issue", secret.key()), 404);
        assertStatus(() -> as("dave").status("issue", secret.key()), 404);
        assertStatus(() -> as("dave").follow("project", "SEC"), 404);
        assertStatus(() -> as("dave").follow("user", "nobody"), 404);
        assertThat(as("bob").follow("issue", secret.key()).following()).isTrue();
    }

    @Test
    void onlyAdminsSeeAndChangeTheAutoFollowRules() {
        FollowRulesResource asAlice = new FollowRulesResource(app, () -> Optional.of("alice"));
        assertThat(asAlice.rules()).isEqualTo(new FollowRulesJson(true, true, true, true, true, true));

        FollowRulesJson changed = asAlice.update(new FollowRulesJson(null, null, false, false, null, null));

        assertThat(changed).isEqualTo(new FollowRulesJson(true, true, false, false, true, true));
        assertThat(asAlice.rules()).isEqualTo(changed);
        assertStatus(() -> new FollowRulesResource(app, () -> Optional.of("bob")).rules(), 403);
        assertStatus(() -> new FollowRulesResource(app, Optional::empty).rules(), 401);
        assertStatus(() -> asAlice.update(null), 400);
    }

    @Test
    void theResourcesAreRegistered() {
        assertThat(SocialResources.all(app, Optional::empty)).hasAtLeastOneElementOfType(FollowResource.class)
                .hasAtLeastOneElementOfType(FeedResource.class)
                .hasAtLeastOneElementOfType(FollowRulesResource.class);
    }

    static ApiException failure(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }

    static void assertStatus(ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
    }
}
