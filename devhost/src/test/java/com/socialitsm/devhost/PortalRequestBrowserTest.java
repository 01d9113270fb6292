package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * A customer raises a request on the devhost's portal in a real browser: erin (a portal-only customer) lands on the
 * help center, opens SD's portal (no agents' navigation), types a summary and sees the matching known issue ("is it
 * this?"), sends the request with {@code #vpn} and a script tag in the description, finds it under "My requests"
 * and opens it; the agent's internal comments never show on her request page, the public one does; she comments;
 * alice (an agent) sees the request in the agent view with {@code #vpn}; once resolved, the request page carries
 * the "portal-thanks" mount point.
 */
@Tag("browser")
@DatabaseTest
class PortalRequestBrowserTest {
    private static final String MARKER = "zqxinternal";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void erinRaisesARequestWithVpnAndTheAgentSeesIt() {
        String known = parse(devhost.json("POST", "/rest/api/2/issue", "alice",
                "{\"fields\": {\"project\": {\"key\": \"SD\"}, \"summary\": \"VPN gateway " + MARKER + "\","
                        + " \"issuetype\": {\"name\": \"Incident\"}}}")).path("key").asText();
        HttpResponse<String> published = devhost.json("POST", "/rest/social/1.0/known-issues", "alice",
                "{\"issueKey\": \"" + known + "\", \"title\": \"VPN drops for remote staff\","
                        + " \"text\": \"Since 9:00 the VPN drops every few minutes. We are looking into it.\"}");
        org.assertj.core.api.Assertions.assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        long portalId = parse(published).path("portalId").asLong();

        String key;
        try (BrowserTab tab = chromium.tabAs(devhost, "erin")) {
            tab.go("/");
            assertThat(tab.page()).hasURL(Pattern.compile(".*/servicedesk/customer/portals$"));
            assertThat(tab.page().locator("[data-nav]")).hasCount(0);
            assertThat(tab.page().locator(".devhost-create")).hasCount(0);
            tab.screenshot("portal-help-center");
            tab.page().locator("a.devhost-portal-link").click();
            tab.settle();
            assertThat(tab.page()).hasURL(Pattern.compile(".*/servicedesk/customer/portal/" + portalId + "$"));
            assertThat(tab.page().locator("[data-nav]")).hasCount(0);

            assertThat(tab.page().locator("#portal-request-type option")).hasText(new String[] {"Get IT help",
                "Report a problem"});
            tab.page().locator("#portal-summary").pressSequentially("VPN drops again",
                    new Locator.PressSequentiallyOptions().setDelay(30));
            Locator matching = tab.page().locator("[data-social-panel=portal-matching] .social-known-issue");
            assertThat(matching).hasCount(1);
            assertThat(matching.locator(".social-known-title")).hasText("VPN drops for remote staff");
            tab.page().locator("#portal-description").fill("It drops every 5 minutes #vpn <script>alert(1)</script>");
            tab.screenshot("portal-raise-request");
            tab.page().locator("#raise-request-submit").click();
            tab.settle();

            assertThat(tab.page().locator("#portal-request-summary")).hasText("VPN drops again");
            assertThat(tab.page().locator("#portal-request-description"))
                    .hasText("It drops every 5 minutes #vpn <script>alert(1)</script>");
            key = tab.page().locator("#portal-request-key").textContent().trim();
            org.assertj.core.api.Assertions.assertThat(key).startsWith("SD-");
            assertThat(tab.page().locator("[data-social-panel=portal-thanks]")).hasCount(0);
            tab.assertClean();

            // The agents answer: two internal comments (JSM's REST and Jira's REST with JSM's property), one public.
            org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/servicedeskapi/request/" + key
                    + "/comment", "alice", "{\"body\": \"" + MARKER + " gateway cert?\", \"public\": false}")
                    .statusCode()).isEqualTo(201);
            org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/api/2/issue/" + key + "/comment",
                    "bob", "{\"body\": \"" + MARKER + " #" + MARKER + "\", \"properties\": [{\"key\": "
                            + "\"sd.public.comment\", \"value\": {\"internal\": true}}]}").statusCode()).isEqualTo(201);
            org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/servicedeskapi/request/" + key
                    + "/comment", "alice", "{\"body\": \"We are on it.\", \"public\": true}").statusCode())
                    .isEqualTo(201);

            tab.go("/servicedesk/customer/portal/" + portalId + "/" + key);
            assertThat(tab.page().locator(".portal-comment")).hasCount(1);
            assertThat(tab.page().locator(".portal-comment .devhost-comment-body")).hasText("We are on it.");
            tab.page().locator("#portal-comment").fill("Thanks, still dropping");
            tab.page().locator("#portal-comment-submit").click();
            tab.settle();
            assertThat(tab.page().locator(".portal-comment")).hasCount(2);
            org.assertj.core.api.Assertions.assertThat(tab.page().content()).doesNotContain(MARKER);
            tab.screenshot("portal-request-page");

            tab.go("/servicedesk/customer/portal/" + portalId);
            Locator mine = tab.page().locator("#my-requests .devhost-portal-request-item");
            assertThat(mine).hasCount(1);
            assertThat(mine).containsText(key);
            assertThat(mine).containsText("VPN drops again");
            org.assertj.core.api.Assertions.assertThat(tab.page().content()).doesNotContain(MARKER);
            tab.screenshot("portal-my-requests");
            mine.locator("a").click();
            tab.settle();
            assertThat(tab.page().locator("#portal-request-summary")).hasText("VPN drops again");
            tab.assertClean();

            tab.go("/browse/" + key);
            assertThat(tab.page().locator("#summary-val")).hasCount(0);
        }

        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/browse/" + key);
            assertThat(tab.page().locator("#summary-val")).hasText("VPN drops again");
            Locator tags = tab.page().locator("[data-social-panel=issue-hashtags] .social-hashtag-list a.social-hashtag");
            assertThat(tags).containsText(new String[] {"#vpn"});
            assertThat(tab.page().locator("[data-nav]").first()).isVisible();
            assertThat(tab.page().locator(".devhost-comment-internal")).hasCount(2);
            tab.screenshot("portal-request-agent-view");
            tab.assertClean();
        }

        org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions",
                "alice", "{\"transition\": {\"name\": \"Resolve\"}}").statusCode()).isEqualTo(204);
        try (BrowserTab tab = chromium.tabAs(devhost, "erin")) {
            tab.go("/servicedesk/customer/portal/" + portalId + "/" + key);
            assertThat(tab.page().locator("#portal-request-status")).hasText("Resolved");
            assertThat(tab.page().locator("[data-social-panel=portal-thanks][data-issue-key=" + key + "]")).hasCount(1);
            org.assertj.core.api.Assertions.assertThat(tab.page().content()).doesNotContain(MARKER);
            tab.assertClean();
        }
    }
}
