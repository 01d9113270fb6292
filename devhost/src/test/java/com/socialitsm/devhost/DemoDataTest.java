package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.devhost.demo.DemoDataSet;
import com.socialitsm.devhost.demo.DemoScript;
import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.store.ProcessedChangeEntity;
import com.socialitsm.testing.DatabaseTest;

/** The demo data, seeded through the tracker's own operations on a fresh database. */
@DatabaseTest
class DemoDataTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    private static List<TrackerIssue> all(String viewer) {
        return devhost.host().tracker().search(Optional.of(viewer), IssueFilter.ALL, 100);
    }

    @Test
    void aFewDozenServiceDeskIssuesWithHashtagsAcrossTwoWeeks() {
        List<TrackerIssue> issues = all("admin");
        assertThat(issues).hasSize(DemoDataSet.script().issues().size()).hasSizeBetween(30, 60);
        assertThat(issues).allMatch(i -> (i.summary() + " " + i.description()).contains("#"));
        Instant now = Instant.now();
        assertThat(issues).anyMatch(i -> i.created().isBefore(now.minus(Duration.ofDays(12))))
                .anyMatch(i -> i.created().isAfter(now.minus(Duration.ofHours(2))));
        assertThat(issues).anyMatch(TrackerIssue::isResolved).anyMatch(i -> !i.isResolved())
                .anyMatch(i -> i.status().equals(TrackerIssue.STATUS_REOPENED))
                .anyMatch(i -> i.assignee().isPresent());
        assertThat(issues.stream().filter(i -> i.description().contains("#vpn")
                && i.created().isAfter(now.minus(Duration.ofHours(8))))).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void daveDoesNotSeeTheSecurityProject() {
        assertThat(all("dave")).isNotEmpty().allMatch(i -> i.project().key().equals("SD"));
        assertThat(all("carol")).anyMatch(i -> i.project().key().equals("SEC"));
    }

    @Test
    void everyScriptedTrackerStepWentThroughTheEngine() {
        DemoScript script = DemoDataSet.script();
        long trackerSteps = script.timeline().stream().map(DemoScript.Timed::step)
                .filter(s -> s instanceof DemoScript.Create || s instanceof DemoScript.Comment
                        || s instanceof DemoScript.Assign || s instanceof DemoScript.Resolve
                        || s instanceof DemoScript.Reopen)
                .count();
        assertThat(devhost.host().store().count(ProcessedChangeEntity.class, "ID > ?", 0)).isEqualTo((int) trackerSteps);
        assertThat(devhost.host().seeding().applied()).containsEntry("issues", script.issues().size());
    }

    @Test
    void theDemoFollowsFillPeoplesFeedsWithWhatTheyMaySee() throws Exception {
        var carol = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(devhost.get("/rest/social/1.0/feed?limit=50", "carol").body());
        assertThat(carol.path("items").size()).isGreaterThan(5);
        assertThat(carol.path("items").findValuesAsText("issueKey")).anyMatch(k -> k.startsWith("SD-"));
        var dave = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(devhost.get("/rest/social/1.0/feed?limit=100", "dave").body());
        assertThat(dave.path("items").findValuesAsText("issueKey")).noneMatch(k -> k.startsWith("SEC-"));
        assertThat(devhost.host().seeding().applied()).containsKey("follows");
    }

    @Test
    void thePollsPageOfSdShowsANamedAnAnonymousAndAClosedPollWithResults() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var polls = json.readTree(devhost.get("/rest/social/1.0/polls?project=SD", "carol").body()).path("polls");
        assertThat(polls.size()).isEqualTo(3);
        assertThat(devhost.host().seeding().applied()).containsEntry("polls", 3).containsEntry("poll votes", 11);
        int open = 0;
        for (var line : polls) {
            assertThat(line.path("total").asInt()).as(line.toString()).isGreaterThanOrEqualTo(3);
            assertThat(line.path("voted").asBoolean()).as("carol voted in every demo poll").isTrue();
            if (!line.path("closed").asBoolean()) {
                open++;
                continue;
            }
            var closed = json.readTree(devhost.get("/rest/social/1.0/polls/" + line.path("id").asLong(), "dave")
                    .body());
            assertThat(closed.path("resultsVisible").asBoolean()).isTrue();
            assertThat(closed.path("options").findValuesAsText("votes")).containsExactly("1", "1", "4");
        }
        assertThat(open).isEqualTo(2);
        assertThat(polls.findValuesAsText("anonymous")).containsExactlyInAnyOrder("true", "false", "false");
    }

    @Test
    void theInstalledFeaturesTakeEveryScriptedStep() {
        // A refused step means the script breaks a feature's rule (a cap, a self-kudos): fix the script.
        var seeding = devhost.host().seeding();
        for (String kind : seeding.applied().keySet()) {
            assertThat(seeding.skipped()).as(seeding.summary()).doesNotContainKey(kind);
        }
    }

    @Test
    void startingAgainOnTheSameDatabaseKeepsTheData() {
        DevHost second = DevHost.start(new DevHostOptions("127.0.0.1", 0, devhost.database().config(), true, false));
        try {
            assertThat(second.seeding().seeded()).isFalse();
            assertThat(second.tracker().search(Optional.of("admin"), IssueFilter.ALL, 100)).hasSameSizeAs(all("admin"));
        } finally {
            second.close();
        }
    }
}
