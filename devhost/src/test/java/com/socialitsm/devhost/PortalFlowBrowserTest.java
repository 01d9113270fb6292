package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * Issue #17's whole story in one browser flow, every step through the pages (no REST shortcut): erin raises a request
 * with {@code #vpn} on SD's portal; alice (an agent) answers it and publishes it as a known issue from the issue view;
 * frank (another customer) finds it on the portal and says "me too"; erin follows it; alice posts an update, sets it
 * fixed and resolves the request; erin sees the update and "Fixed", thanks the agent on her resolved request; alice's
 * profile shows the thanks. Nothing of the issue's internal text reaches the customers' pages.
 */
@Tag("browser")
@DatabaseTest
class PortalFlowBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "VPN drops for remote staff";
    private static final String UPDATE = "The VPN gateway's certificate was renewed. Reconnect once and it holds.";
    private static final String THANKS = "Works again, thank you!";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static long sdPortal() throws Exception {
        return JSON.readTree(devhost.get("/rest/social/1.0/portal/portals", "erin").body()).get(0).path("id").asLong();
    }

    private static Locator knownIssueOnPortal(BrowserTab tab) {
        return tab.page().locator("[data-social-panel=portal-known-issues] .social-known-issue")
                .filter(new Locator.FilterOptions().setHasText(TITLE));
    }

    @Test
    void aRequestBecomesAKnownIssueCustomersSayMeTooTheAgentFixesItAndIsThanked() throws Exception {
        long portal = sdPortal();
        String portalPage = "/servicedesk/customer/portal/" + portal;

        // 1. erin raises a request on the portal.
        String key;
        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            erin.page().locator("#portal-summary").fill("VPN keeps dropping");
            erin.page().locator("#portal-description").fill("Every few minutes since this morning #vpn");
            erin.page().locator("#raise-request-submit").click();
            erin.settle();
            key = erin.page().locator("#portal-request-key").textContent().trim();
            assertThat(erin.page().locator("#portal-request-summary")).hasText("VPN keeps dropping");
            erin.assertClean();
        }

        // 2. alice answers it and publishes it as a known issue, from the issue view.
        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go("/browse/" + key);
            alice.page().locator("#comment").fill("We are looking into the VPN gateway.");
            alice.page().locator("#comment-add-submit").click();
            alice.settle();
            Locator panel = alice.page().locator("[data-social-panel=issue-known-issue]");
            assertThat(panel.locator("button.social-known-publish")).isVisible();
            panel.getByLabel("Title for customers").fill(TITLE);
            panel.getByLabel("What customers should know").fill("Since 9:00 the VPN drops every few minutes. "
                    + "We are on it.");
            panel.locator("button.social-known-publish").click();
            assertThat(panel.locator(".social-known-agent .social-known-title")).hasText(TITLE);
            assertThat(panel.locator(".social-known-status")).hasText("Investigating");
            alice.screenshot("portal-flow-agent-publishes");
            alice.assertClean();
        }

        // 3. frank, another customer, finds it on the portal and says "me too".
        try (BrowserTab frank = chromium.tabAs(devhost, "frank")) {
            frank.go(portalPage);
            Locator item = knownIssueOnPortal(frank);
            assertThat(item.locator(".social-known-status")).hasText("Investigating");
            item.locator("button.social-known-metoo").click();
            assertThat(item.locator(".social-known-metoo-count")).hasText("1");
            assertThat(item.locator("button.social-known-metoo")).hasAttribute("aria-pressed", "true");
            assertThat(frank.page().locator("#my-requests")).not().containsText(key);
            org.assertj.core.api.Assertions.assertThat(frank.page().content()).doesNotContain(key)
                    .doesNotContain("VPN keeps dropping").doesNotContain("We are looking into");
            frank.screenshot("portal-flow-me-too");
            frank.assertClean();
        }

        // 4. erin follows it.
        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            Locator item = knownIssueOnPortal(erin);
            item.locator("button.social-known-follow").click();
            assertThat(item.locator("button.social-known-follow")).hasText("Following");
            assertThat(item.locator(".social-known-metoo-count")).hasText("1");
            erin.assertClean();
        }

        // 5. alice sees the count, posts an update, sets it fixed and resolves the request.
        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go("/browse/" + key);
            Locator panel = alice.page().locator("[data-social-panel=issue-known-issue]");
            assertThat(panel.locator(".social-known-counts")).containsText("1");
            panel.getByLabel("Status").selectOption("fixed");
            panel.getByLabel("Public update for followers (optional)").fill(UPDATE);
            panel.locator("button.social-known-post").click();
            assertThat(panel.locator(".social-known-agent .social-known-status")).hasText("Fixed");
            alice.screenshot("portal-flow-agent-update");
            alice.page().locator("button#action_id_5").click();
            alice.settle();
            assertThat(alice.page().locator("#resolution-val")).hasText("Fixed");
            alice.assertClean();
        }

        // 6. erin sees the update and "Fixed", and thanks the agent on her resolved request.
        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            Locator item = knownIssueOnPortal(erin);
            assertThat(item.locator(".social-known-status")).hasText("Fixed");
            item.locator("button.social-known-more").click();
            assertThat(item.locator(".social-known-update-text").first()).hasText(UPDATE);
            assertThat(erin.page().locator("#my-requests .devhost-portal-request-item")).containsText("Resolved");
            erin.screenshot("portal-flow-fixed");
            erin.assertClean();

            erin.go(portalPage + "/" + key);
            Locator thanks = erin.page().locator("[data-social-panel=portal-thanks]");
            thanks.getByLabel("A message for the agent (optional)").fill(THANKS);
            thanks.locator("button.social-thanks-send").click();
            assertThat(thanks.locator(".social-thanks-sent")).hasText("Thanks sent");
            assertThat(erin.page().locator(".portal-comment .devhost-comment-body"))
                    .hasText("We are looking into the VPN gateway.");
            erin.screenshot("portal-flow-thanks");
            erin.assertClean();
        }

        // 7. alice's profile shows the thanks.
        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go("/plugins/servlet/social/users/alice");
            Locator received = alice.page().locator(".social-kudos-item").filter(new Locator.FilterOptions()
                    .setHasText(THANKS));
            assertThat(received).hasCount(1);
            assertThat(received.locator(".social-kudos-who")).containsText("erin", new com.microsoft.playwright
                    .assertions.LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
            assertThat(alice.page().locator(".social-ledger .social-award").filter(new Locator.FilterOptions()
                    .setHasText("Thanked by a customer"))).hasCount(1);
            alice.screenshot("portal-flow-profile-thanks");
            alice.assertClean();
        }
    }
}
