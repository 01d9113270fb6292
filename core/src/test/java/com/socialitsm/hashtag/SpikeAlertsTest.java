package com.socialitsm.hashtag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.Verb;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.reliability.SocialWorld;
import com.socialitsm.store.SpikeAlertEntity;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.StoreExtension;

/**
 * Spike alerts: one alert per spike (also when two checks race), to the tag's followers and the alert project's,
 * never to a reader who may not browse every issue of the spiking project; thresholds global and per tag.
 */
@DatabaseTest
class SpikeAlertsTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private SocialWorld world;
    private ProjectRef sd;
    private ProjectRef sec;
    private ProjectRef ops;

    @BeforeEach
    void setUp() {
        world = new SocialWorld(db.store());
        for (String user : List.of("admin", "alice", "bob", "carol", "dave", "olga")) {
            world.host.addUser(user);
        }
        world.host.makeAdmin("admin");
        sd = world.host.addProject("SD");
        sec = world.host.addProject("SEC");
        ops = world.host.addProject("OPS");
        world.host.restrictProject(sec, "alice", "carol");
        settings(new SpikeSettings(true, 2, 3.0, 5, 24, Map.of(), Optional.of("OPS"), "Problem", "Relates"));
        world.app.follows().follow("bob", TargetType.HASHTAG, "vpn");
        world.app.follows().follow("dave", TargetType.HASHTAG, "vpn");
        world.app.follows().follow("carol", TargetType.HASHTAG, "vpn");
        world.app.follows().follow("olga", TargetType.PROJECT, "OPS");
    }

    @Test
    void aSpikeIsAnnouncedOnceToTheTagsAndTheAlertProjectsFollowers() {
        for (int i = 0; i < 6; i++) {
            world.create(sd, "VPN down again #vpn " + i, "", "alice");
        }

        List<SpikeAlerts.Alert> first = world.app.hashtags().spikeAlerts().check();
        world.clock.advance(Duration.ofMinutes(5));
        world.create(sd, "VPN still down #vpn", "", "alice");
        List<SpikeAlerts.Alert> second = world.app.hashtags().spikeAlerts().check();

        assertThat(first).singleElement().satisfies(alert -> {
            assertThat(alert.tag()).isEqualTo("vpn");
            assertThat(alert.count()).isEqualTo(6);
            assertThat(alert.text()).isEqualTo("#vpn is spiking: 6 issues in 2 h, 0 expected");
        });
        assertThat(second).as("one alert per spike").isEmpty();
        assertThat(spikeItems("bob")).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("#vpn is spiking: 6 issues in 2 h, 0 expected");
            assertThat(item.projectKey()).isEqualTo("SD");
            assertThat(item.hashtags()).containsExactly("vpn");
        });
        assertThat(spikeItems("olga")).as("the alert project's follower").hasSize(1);
        assertThat(spikeItems("alice")).as("follows neither the tag nor the alert project").isEmpty();
    }

    @Test
    void aSpikeInAProjectTheReaderMayNotFullyBrowseRevealsNothing() {
        for (int i = 0; i < 6; i++) {
            world.create(sec, "Breach via VPN #vpn " + i, "", "alice");
        }
        IssueRef oneHidden = world.create(sd, "VPN slow #vpn", "", "alice");

        assertThat(world.app.hashtags().spikeAlerts().check()).singleElement()
                .satisfies(alert -> assertThat(alert.projectId()).isEqualTo(sec.id()));
        assertThat(spikeItems("carol")).as("may browse SEC").hasSize(1);
        assertThat(spikeItems("dave")).as("follows #vpn, may not browse SEC").isEmpty();
        assertThat(spikeItems("olga")).as("follows the alert project, may not browse SEC").isEmpty();
        assertThat(world.app.feed().stream(Optional.of("dave"), com.socialitsm.follow.FollowTarget.hashtag("vpn"),
                FeedQuery.first(50)).items()).noneMatch(item -> item.verb() == Verb.SPIKING);

        // An issue security level on one SD issue: SD is no longer fully browsable for dave, so an SD spike is
        // not shown to him either.
        world.host.restrictIssue(oneHidden, "alice");
        for (int i = 0; i < 6; i++) {
            world.create(sd, "VPN down #vpn " + i, "", "alice");
        }
        assertThat(world.app.hashtags().spikeAlerts().check()).singleElement()
                .satisfies(alert -> assertThat(alert.projectId()).isEqualTo(sd.id()));
        assertThat(spikeItems("dave")).isEmpty();
        assertThat(spikeItems("bob")).as("bob may not see the hidden issue either").isEmpty();
    }

    @Test
    void aUsualRateOrAHigherThresholdForTheTagIsNoSpike() {
        // The baseline: 5 #printer a day for the 28 days before the window, about 0.4 in 2 h.
        world.clock.set(SocialWorld.START.minus(Duration.ofDays(28)));
        for (int day = 0; day < 28; day++) {
            for (int i = 0; i < 5; i++) {
                world.create(sd, "Printer jam #printer", "", "alice");
            }
            world.clock.advance(Duration.ofDays(1).minusMinutes(5));
        }
        world.clock.set(SocialWorld.START.plus(Duration.ofDays(1)));
        for (int i = 0; i < 5; i++) {
            world.create(sd, "Printer jam #printer", "", "alice");
            world.create(sd, "VPN down #vpn", "", "alice");
        }
        settings(new SpikeSettings(true, 2, 3.0, 5, 24, Map.of("vpn", 50.0), Optional.empty(), "Problem",
                "Relates"));

        List<SpikeAlerts.Alert> alerts = world.app.hashtags().spikeAlerts().check();

        // #printer: 5 where 0.4 were expected is z = 3.9 >= 3 → spike; #vpn needs 50 → none.
        assertThat(alerts).extracting(SpikeAlerts.Alert::tag).containsExactly("printer");
        assertThat(alerts.get(0).expected()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.05));
        settings(new SpikeSettings(true, 2, 3.0, 5, 24, Map.of("printer", 10.0), Optional.empty(), "Problem",
                "Relates"));
        assertThat(world.app.hashtags().spikeSettings(Optional.of("admin")).value().tagThresholds())
                .containsEntry("printer", 10.0).containsEntry("vpn", 50.0);
    }

    @Test
    void twoNodesCheckingAtOncePostOneAlert() throws Exception {
        for (int i = 0; i < 6; i++) {
            world.create(sd, "VPN down #vpn " + i, "", "alice");
        }
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SpikeAlerts.Alert>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return world.app.hashtags().spikeAlerts().check();
                }));
            }
            int posted = 0;
            for (Future<List<SpikeAlerts.Alert>> run : runs) {
                posted += run.get().size();
            }
            assertThat(posted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.store().count(SpikeAlertEntity.class, "TAG = ?", "vpn")).isEqualTo(1);
        assertThat(spikeItems("bob")).hasSize(1);
    }

    @Test
    void afterTheCooldownTheSameTagMayAlertAgain() {
        for (int i = 0; i < 6; i++) {
            world.create(sd, "VPN down #vpn " + i, "", "alice");
        }
        assertThat(world.app.hashtags().spikeAlerts().check()).hasSize(1);
        world.clock.advance(Duration.ofHours(25));
        for (int i = 0; i < 6; i++) {
            world.create(sd, "VPN down again #vpn " + i, "", "alice");
        }
        assertThat(world.app.hashtags().spikeAlerts().check()).singleElement()
                .satisfies(alert -> assertThat(alert.seq()).isEqualTo(2));
        assertThat(world.app.hashtags().spikeAlerts().recent(10)).hasSize(2);
    }

    private void settings(SpikeSettings wanted) {
        assertThat(world.app.hashtags().updateSpikeSettings(Optional.of("admin"), wanted).isDone()).isTrue();
    }

    private List<FeedItem> spikeItems(String user) {
        return world.app.feed().feed(Optional.of(user), FeedQuery.first(100)).items().stream()
                .filter(item -> item.verb() == Verb.SPIKING).toList();
    }
}
