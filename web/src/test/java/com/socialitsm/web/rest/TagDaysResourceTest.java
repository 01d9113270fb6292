package com.socialitsm.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * GET /hashtags/{tag}/days: a tag's issues per day over the last days, counted only where the viewer may look, with
 * the usual level and the spikes; a tag the viewer sees no issue of is 404, answered exactly as for a tag nobody used.
 */
@DatabaseTest
class TagDaysResourceTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final AtomicInteger changes = new AtomicInteger();
    private OpenAndSecretProjects world;

    @BeforeEach
    void setUp() {
        world = new OpenAndSecretProjects(db.store(), NOW, "VPN down #VPN", "", "Plan #TopSecretTag #vpn");
        created(world.open, NOW.minus(Duration.ofDays(10)));
        created(world.secret, NOW);
        world.app.hashtags().countRollup().rollUp();
        // Today: four more in SD (five with the one below, in the tail the rollup has not reached) and three in SEC.
        for (int i = 0; i < 4; i++) {
            created(world.host.addIssue(world.sd, "Again " + i + " #vpn", "", "alice"), NOW);
        }
        for (int i = 0; i < 3; i++) {
            created(world.host.addIssue(world.sec, "Secret " + i + " #vpn", "", "alice"), NOW);
        }
    }

    private void created(IssueRef issue, Instant at) {
        world.app.engine().handle(IssueChange.of("c" + changes.incrementAndGet(), issue, "alice",
                IssueChange.Kind.CREATED, at));
    }

    private HashtagResource as(String viewer) {
        return new HashtagResource(world.app, () -> Optional.ofNullable(viewer));
    }

    @Test
    void countsEachDayOnlyOverProjectsTheViewerMayBrowseAndMarksTheSpike() {
        TagDaysJson dave = as("dave").tagDays("VPN", null);

        assertThat(dave.tag()).isEqualTo("vpn");
        assertThat(dave.display()).isEqualTo("VPN");
        assertThat(dave.days()).hasSize(90);
        assertThat(dave.days().get(89)).isEqualTo(new TagDaysJson.DayJson("2026-03-02", 4, true));
        assertThat(dave.days().get(79)).isEqualTo(new TagDaysJson.DayJson("2026-02-20", 1, false));
        assertThat(dave.days().get(0).date()).isEqualTo("2025-12-03");
        assertThat(dave.days().stream().mapToInt(TagDaysJson.DayJson::issues).sum()).isEqualTo(5);
        assertThat(dave.usual()).isEqualTo(0.06);

        TagDaysJson bob = as("bob").tagDays("vpn", "30");
        assertThat(bob.days()).hasSize(30);
        assertThat(bob.days().get(29).issues()).as("SD and SEC").isEqualTo(8);
    }

    @Test
    void aTagUsedOnlyInAHiddenProjectIsNotFoundExactlyLikeATagNobodyUsed() {
        assertThat(as("bob").tagDays("topsecrettag", null).days().get(89).issues()).isEqualTo(1);

        String hidden = notFound(() -> as("dave").tagDays("topsecrettag", null));
        String never = notFound(() -> as("dave").tagDays("neverseentag", null));
        String anonymous = notFound(() -> as(null).tagDays("topsecrettag", null));

        assertThat(hidden).isEqualTo(never).isEqualTo(anonymous);
    }

    @Test
    void refusesDaysOutsideItsRange() {
        for (String days : List.of("0", "367", "many")) {
            assertThatThrownBy(() -> as("dave").tagDays("vpn", days)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    /** The code and message of a 404, which the exception mapper turns into the JSON body. */
    private static String notFound(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(404);
            return e.code() + ": " + e.getMessage();
        }
        throw new AssertionError("expected 404");
    }
}
