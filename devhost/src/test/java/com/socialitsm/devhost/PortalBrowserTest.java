package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * The customer portal in a real browser: alice (an agent) turns a request into a known issue; erin, a portal-only
 * customer, finds it on SD's portal page, says "me too" and follows it; alice posts an update and marks it fixed;
 * erin sees "Fixed" and the update. A marker planted in the issue's summary, description, comment and hashtags never
 * shows on the portal page, and erin's /browse of the request is the 404 page.
 */
@Tag("browser")
@DatabaseTest
class PortalBrowserTest {
    private static final String MARKER = "zqxmarker";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aCustomerSaysMeTooFollowsAndSeesTheAgentsUpdates() {
        HttpResponse<String> created = devhost.json("POST", "/rest/api/2/issue", "erin",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"x\"}}");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as("a customer cannot use Jira's REST")
                .isIn(400, 403, 404);
        String key = parse(devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"VPN " + MARKER + " #vpn #" + MARKER
                        + "\", \"description\": \"internal " + MARKER + "\", \"issuetype\": {\"name\": \"Incident\"}}}"))
                .path("key").asText();
        devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob", "{\"body\": \"internal " + MARKER + "\"}");
        JsonNode known = parse(devhost.json("POST", "/rest/social/1.0/known-issues", "alice",
                "{\"issueKey\": \"" + key + "\", \"title\": \"VPN drops for remote staff\","
                        + " \"text\": \"Since 9:00 the VPN drops every few minutes. We are looking into it.\"}"));
        long portalId = known.path("portalId").asLong();
        long id = known.path("id").asLong();

        try (BrowserTab tab = chromium.tabAs(devhost, "erin")) {
            tab.go("/servicedesk/customer/portal/" + portalId);
            Locator item = tab.page().locator(".social-known-issue");
            assertThat(item).hasCount(1);
            assertThat(item.locator(".social-known-title")).hasText("VPN drops for remote staff");
            assertThat(item.locator(".social-known-status")).hasText("Investigating");
            item.locator("button.social-known-metoo").click();
            assertThat(item.locator(".social-known-metoo-count")).hasText("1");
            assertThat(item.locator("button.social-known-metoo")).hasAttribute("aria-pressed", "true");
            item.locator("button.social-known-follow").click();
            assertThat(item.locator("button.social-known-follow")).hasText("Following");
            tab.screenshot("portal-known-issue-me-too");
            tab.assertClean();

            devhost.json("PUT", "/rest/social/1.0/known-issues/" + id, "alice",
                    "{\"status\": \"fixed\", \"update\": \"The VPN gateway's certificate was renewed.\"}");
            tab.go("/servicedesk/customer/portal/" + portalId);
            assertThat(item.locator(".social-known-status")).hasText("Fixed");
            item.locator("button.social-known-more").click();
            assertThat(item.locator(".social-known-update-text")).hasText("The VPN gateway's certificate was renewed.");
            assertThat(item.locator(".social-known-metoo-count")).hasText("1");
            tab.screenshot("portal-known-issue-fixed");
            org.assertj.core.api.Assertions.assertThat(tab.page().content()).doesNotContainIgnoringCase(MARKER)
                    .doesNotContain(key);
            tab.assertClean();

            tab.go("/browse/" + key);
            assertThat(tab.page().locator("body")).not().containsText("VPN " + MARKER);
            tab.go("/servicedesk/customer/portal/999999");
            assertThat(tab.page().locator(".social-known-issue")).hasCount(0);
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/servicedesk/customer/portal/" + portalId);
            Locator item = tab.page().locator(".social-known-issue");
            assertThat(item.locator(".social-known-metoo-count")).hasText("1");
            assertThat(item.locator("button.social-known-metoo")).hasCount(0);
            tab.screenshot("portal-known-issue-agent");
            tab.assertClean();
        }
    }
}
