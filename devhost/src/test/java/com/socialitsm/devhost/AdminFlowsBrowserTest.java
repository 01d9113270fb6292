package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.demo.DemoDataSet;
import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.privacy.DataExport;
import com.socialitsm.testing.DatabaseTest;

/**
 * The admin page's newer sections in a real browser on the demo data: switching a feature off for one project (its
 * panel disappears from that project's issues only), the labels-to-hashtags import's progress bar running to 100%,
 * and the JSON export downloaded by its button. Screenshots: target/screenshots/admin-*.png.
 */
@Tag("browser")
@DatabaseTest
class AdminFlowsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAdminSwitchesQuestionsOffForSdAndOnlySdIssuesStopShowingThem() {
        TrackerIssue sd = devhost.demoIssue(i -> i.key().startsWith(DemoDataSet.SERVICE_DESK + "-"));
        TrackerIssue sec = devhost.demoIssue(i -> i.key().startsWith(DemoDataSet.SECURITY + "-"));
        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            Locator box = admin.page().locator("#social-admin-features-table tr[data-project=SD] input[data-feature=qa]");
            assertThat(box).isChecked();
            admin.page().waitForResponse(r -> r.url().endsWith("/admin/features/SD") && r.status() == 200,
                    box::uncheck);
            assertThat(box).not().isChecked();
            assertThat(admin.page().locator("#social-admin-features-table tr[data-project=SEC] input[data-feature=qa]"))
                    .isChecked();
            admin.screenshot("admin-features");
            admin.assertClean();
        }
        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go("/browse/" + sd.key());
            alice.screenshot("admin-features-sd-issue");
            assertThat(alice.page().locator("#social-issue-votes-module .social-vote-button")).isVisible();
            assertThat(alice.page().locator("#social-issue-questions-module")).isHidden();
            assertThat(alice.page().locator("#social-issue-votes-module")).isVisible();

            alice.go("/browse/" + sec.key());
            assertThat(alice.page().locator("#social-issue-questions-module")).isVisible();
            assertThat(alice.page().locator("#social-issue-questions-module [data-social-panel=issue-questions] *")
                    .first()).isVisible();
            alice.screenshot("admin-features-sec-issue");
            alice.assertClean();
        } finally {
            assertThat(devhost.json("PUT", "/rest/social/1.0/admin/features/SD", "admin", "{\"qa\": true}").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theLabelsImportsProgressBarRunsTo100() throws Exception {
        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            admin.page().fill("#social-admin-import-project", "SD");
            admin.page().click("#social-admin-import button[type=submit]");
            Locator bar = admin.page().locator("#social-admin-import-bar");
            assertThat(bar).isVisible();
            admin.page().waitForFunction("() => document.querySelector('#social-admin-import-bar').value === 100");
            assertThat(admin.page().locator("#social-admin-import-status")).containsText("Done:");
            assertThat(admin.page().locator("#social-admin-import-status")).containsText("100%");
            admin.screenshot("admin-import");
            admin.assertClean();
        }
        JsonNode progress = JSON.readTree(devhost.get("/rest/social/1.0/admin/hashtags/import", "admin").body());
        assertThat(progress.path("state").asText()).isEqualTo("done");
        assertThat(progress.path("done").asLong()).isEqualTo(progress.path("total").asLong()).isPositive();
        assertThat(progress.path("invalid").asInt()).as("every issue type is a valid tag").isZero();
        JsonNode incident = JSON.readTree(devhost.get("/rest/social/1.0/hashtags/incident", "admin").body());
        assertThat(incident.path("count").asInt()).as("the issue type became a tag").isPositive();
    }

    @Test
    void theExportButtonDownloadsOneJsonDocumentWithEveryTable() throws Exception {
        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            Download download = admin.page().waitForDownload(
                    () -> admin.page().click("#social-admin-export-download"));
            assertThat(download.suggestedFilename()).isEqualTo("social-itsm-export.json");
            JsonNode document = JSON.readTree(Files.readString(download.path()));
            List<String> tables = new ArrayList<>();
            document.path("tables").fieldNames().forEachRemaining(tables::add);
            assertThat(tables).containsExactlyElementsOf(DataExport.tables());
            assertThat(document.path("tables").path("Vote").size()).isPositive();
            admin.screenshot("admin-export");
            admin.assertClean();
        }
    }
}

