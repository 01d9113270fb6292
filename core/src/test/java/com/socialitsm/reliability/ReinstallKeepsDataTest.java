package com.socialitsm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.socialitsm.app.PortalApp;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.PortalRef;
import com.socialitsm.knownissue.KnownIssueDraft;
import com.socialitsm.knownissue.KnownIssueEdit;
import com.socialitsm.knownissue.KnownIssueService;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryPortals;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.qa.QuestionDraft;
import com.socialitsm.store.standalone.EntityManagerStore;
import com.socialitsm.store.Schema;
import com.socialitsm.store.upgrade.SchemaUpgrades;
import com.socialitsm.testing.TestDatabases;

/**
 * "Uninstall and reinstall keep the data": Active Objects never drops a table, so disabling or uninstalling the app
 * leaves its tables, and the next install opens a store on the same database and runs the upgrades again. Here the
 * store is closed and reopened on the same database (twice, the second time with the upgrades run again): every
 * table keeps every row, byte for byte, and the app works on the kept data.
 */
@DatabaseTest
class ReinstallKeepsDataTest {
    @Test
    void closingAndReopeningTheStoreOnTheSameDatabaseKeepsEveryTableAndRow() {
        TestDatabases.Isolated database = new TestDatabases().createIsolated();
        try {
            Map<String, Long> counts;
            Map<String, String> content;
            IssueRef issue;
            try (EntityManagerStore first = EntityManagerStore.open(database.config())) {
                SchemaUpgrades.upgrade(first);
                issue = populated(first);
                first.flushAll();
                counts = TableScan.rowCounts(first);
                content = TableScan.fingerprint(first);
            }
            assertThat(counts.values().stream().filter(n -> n > 0).count())
                    .as("the scenario writes most tables: %s", counts).isGreaterThanOrEqualTo(Schema.ENTITIES.size() - 1);

            for (int reinstall = 1; reinstall <= 2; reinstall++) {
                try (EntityManagerStore again = EntityManagerStore.open(database.config())) {
                    int found = SchemaUpgrades.upgrade(again);
                    assertThat(found).as("the reinstall finds the installed version").isEqualTo(Schema.CURRENT_VERSION);
                    again.migrate(Schema.entityArray()); // what AO does on every plugin start
                    again.flushAll();
                    assertThat(TableScan.rowCounts(again)).isEqualTo(counts);
                    assertThat(TableScan.fingerprint(again)).isEqualTo(content);
                    assertThat(SchemaUpgrades.installedVersion(again)).isEqualTo(Schema.CURRENT_VERSION);
                }
            }

            // The kept data is live data: a fresh app on it counts the old votes and takes new ones.
            try (EntityManagerStore reopened = EntityManagerStore.open(database.config())) {
                SocialWorld world = new SocialWorld(reopened);
                assertThat(world.app.votes().count(issue.id())).isEqualTo(2);
            }
        } finally {
            database.drop().run();
        }
    }

    /** Data in (nearly) every table, written by the product itself; returns the issue with two votes. */
    static IssueRef populated(EntityManagerStore store) {
        SocialWorld world = new SocialWorld(store);
        for (String user : List.of("alice", "bob", "carol")) {
            world.host.addUser(user);
        }
        ProjectRef sd = world.host.addProject("SD");
        IssueRef vpn = world.create(sd, "VPN down #vpn", "since 9:00 #outage", "alice");
        world.comment(vpn, "bob", "same here #vpn #remote");
        world.assign(vpn, "bob", "bob");
        world.resolve(vpn, "bob");
        IssueRef printer = world.create(sd, "Printer jam #printer", "", "carol");
        world.app.votes().vote("alice", vpn.key());
        world.app.votes().vote("carol", vpn.key());
        world.app.votes().vote("bob", printer.key());
        world.app.follows().follow("carol", TargetType.HASHTAG, "vpn");
        world.app.follows().follow("alice", TargetType.USER, "bob");
        world.app.kudos().give("alice", "bob", vpn.key(), "thanks for the fix");
        world.app.kudos().optOut("carol");
        world.app.kudos().rollup().rollUp();
        world.app.hashtags().countRollup().rollUp();
        world.app.hashtags().addTags("alice", printer.key(), List.of("hardware"));
        long question = world.app.questions().ask("carol", QuestionDraft.onIssue(vpn.key(),
                "Is there a VPN status page?", "Asking for #vpn")).value().id();
        long answer = world.app.questions().answer("bob", question, "Yes, status.example.com").value().answer().id();
        world.app.questions().voteOnAnswer("alice", answer, 1);
        world.app.questions().accept("carol", question, answer);
        long idea = world.app.ideas().submit("carol", "SD", "A VPN status page for everyone", "Please #vpn",
                List.of()).value().id();
        world.app.ideas().vote("alice", idea);
        world.app.ideas().comment("bob", idea, "Good idea");
        world.host.makeAgent(sd, "alice");
        long poll = world.app.polls().ask("alice", new com.socialitsm.poll.PollDraft("SD", "Open at 8?",
                List.of("Yes", "No"), false, world.clock.instant().plus(java.time.Duration.ofDays(30)), false, false))
                .value().id();
        world.app.polls().vote("bob", poll, List.of(1));
        world.app.kudos().rollup().rollUp();
        // A spike alert and a problem raised from it (any count is a spike with these settings).
        world.app.settings().put("spike.minCount", "1");
        world.app.settings().put("spike.threshold", "0.5");
        world.app.hashtags().spikeAlerts().check();
        world.app.hashtags().raiseProblem(java.util.Optional.of("alice"), "vpn", "SD", 24,
                new com.socialitsm.testing.InMemoryIssueCreation(world.host));
        String secret = world.app.listening().addSource("admin", "ops chat", "plain", java.util.Optional.empty())
                .value().secret();
        world.app.listening().hear(secret, new com.socialitsm.listening.Delivery(new byte[0],
                java.util.Optional.empty(), java.util.Optional.of(new com.socialitsm.listening.ChatMessage(
                        "is the #vpn down?", java.util.Optional.empty()))));
        // The portal's tables: a known issue with a me-too, a follower and a public update.
        InMemoryPortals portals = new InMemoryPortals();
        PortalRef portal = portals.addPortal(sd, Set.of("bob"), Set.of("carol"));
        KnownIssueService known = new PortalApp(world.app, portals).knownIssues();
        long knownIssue = known.create(Optional.of("bob"), new KnownIssueDraft(vpn.key(), "VPN drops",
                "We are on it.", Optional.empty())).value().id();
        known.meToo(Optional.of("carol"), knownIssue, true).value();
        known.follow(Optional.of("carol"), knownIssue, true).value();
        known.edit(Optional.of("bob"), knownIssue, new KnownIssueEdit(Optional.empty(), Optional.empty(),
                Optional.of("fixed"), Optional.of("Fixed."))).value();
        assertThat(portal.id()).isPositive();
        return vpn;
    }
}
