package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.java.ao.Query;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.tracker.TrackerHistory;
import com.socialitsm.host.HistoricIssues;
import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.testing.DatabaseTest;

/**
 * "Tag existing issues" in a real browser after {@code --seed-history}: the admin page offers it on the first visit,
 * its progress bar runs to 100 %, the older issues carry the tags of their texts afterwards, and the past brings no
 * activity or points. Screenshot: target/screenshots/admin-backfill.png.
 */
@Tag("browser")
@DatabaseTest
class BackfillBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HISTORY = 300;

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true, HISTORY);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAdminTagsTheIssuesThatPredateTheAppAndWatchesTheBarReach100() throws Exception {
        var store = devhost.host().store();
        int activityBefore = store.count(ActivityEntity.class, Query.select());
        int pointsBefore = store.count(PointsEntryEntity.class, Query.select());
        List<HistoricIssues.HistoricIssue> older = new TrackerHistory(store).page(0, 10_000, false).stream()
                .filter(issue -> issue.summary().startsWith("Earlier report")).toList();
        assertThat(older).hasSize(HISTORY);
        assertThat(devhost.host().app().hashtags().tagsOfIssue(older.get(0).issueId()))
                .as("the engine never saw them").isEmpty();

        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            assertThat(admin.page().locator("#social-admin-backfill-offer")).isVisible();
            admin.page().fill("#social-admin-backfill-pace", "100000");
            admin.page().click("#social-admin-backfill button[type=submit]");
            Locator bar = admin.page().locator("#social-admin-backfill-bar");
            assertThat(bar).isVisible();
            admin.page().waitForFunction(
                    "() => document.querySelector('#social-admin-backfill-bar').value === 100");
            assertThat(admin.page().locator("#social-admin-backfill-status")).containsText("Done:");
            assertThat(admin.page().locator("#social-admin-backfill-status")).containsText("100%");
            assertThat(admin.page().locator("#social-admin-backfill-offer")).isHidden();
            admin.screenshot("admin-backfill");
            admin.assertClean();
        }

        JsonNode progress = JSON.readTree(devhost.get("/rest/social/1.0/admin/backfill", "admin").body());
        assertThat(progress.get("state").asText()).isEqualTo("done");
        assertThat(progress.get("done").asLong()).isEqualTo(progress.get("total").asLong());
        assertThat(progress.get("finishedAt").isNull()).isFalse();
        HistoricIssues.HistoricIssue first = older.get(0);
        assertThat(devhost.host().app().hashtags().tagsOfIssue(first.issueId()))
                .extracting(tag -> tag.tag()).contains("vpn").doesNotContain("notatag");
        assertThat(store.count(ActivityEntity.class, Query.select())).as("no activity for the past")
                .isEqualTo(activityBefore);
        assertThat(store.count(PointsEntryEntity.class, Query.select())).isEqualTo(pointsBefore);
    }
}
