package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * GET /users?query=: the kudos dialog's user picker finds active users by user name or display name, for logged-in
 * callers only, in the shape AUI's single select reads.
 */
@DatabaseTest
class UserPickerResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private OpenAndSecretProjects world;

    @BeforeEach
    void setUp() {
        world = new OpenAndSecretProjects(db.store(), Instant.parse("2026-03-02T12:00:00Z"), "VPN", "", "Plan");
        world.host.addUser("bobby");
        world.host.deactivate("bobby");
        world.host.addUser("<img src=x onerror=alert(1)>");
    }

    private UserPickerResource as(String viewer) {
        return new UserPickerResource(world.app, () -> Optional.ofNullable(viewer));
    }

    @Test
    void findsActiveUsersByNameOrDisplayNameIgnoringCase() {
        assertThat(as("dave").users("BO", null, null)).extracting(UserPickerResource.UserJson::value)
                .as("bobby is deactivated").containsExactly("bob");
        assertThat(as("dave").users(null, "Ali", null)).singleElement().satisfies(u -> {
            assertThat(u.key()).isEqualTo("alice");
            assertThat(u.name()).isEqualTo("Alice");
            assertThat(u.label()).isEqualTo("Alice (alice)");
        });
        assertThat(as("dave").users("", null, null)).isEmpty();
        assertThat(as("dave").users("e", null, "1")).hasSize(1);
    }

    @Test
    void aLabelIsEscapedForTheSelectThatWritesItAsMarkup() {
        assertThat(as("dave").users("onerror", null, null)).singleElement()
                .satisfies(u -> assertThat(u.label()).doesNotContain("<").contains("&lt;img"));
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        assertThatThrownBy(() -> as(null).users("bob", null, null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void anOverlongQueryIsRefused() {
        assertThatThrownBy(() -> as("dave").users("x".repeat(101), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
