package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.socialitsm.devhost.DevHostExtension.parse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.socialitsm.testing.DatabaseTest;

/**
 * "Make known issue" in a real browser on the demo data, whose #vpn spikes this morning: on the tag page alice (an
 * agent of SD's portal) writes a title and text for customers and publishes in one step; the link names the problem
 * raised for the spike, whose issue view shows it as a known issue; erin (a customer) reads it on the portal. A
 * customer sees no such button on the agents' pages (she cannot open them), and a licensed user of no portal neither.
 */
@Tag("browser")
@DatabaseTest
class TagKnownIssueBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAgentMakesTheTrendingTagAKnownIssueInOneStepAndCustomersReadIt() {
        String problemKey;
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/hashtags/vpn");
            Locator header = tab.page().locator(".social-hashtag-header");
            header.locator("button.social-tag-known-open").click();
            header.locator("input.social-tag-known-title").fill("VPN drops for remote staff");
            header.locator("textarea.social-tag-known-text").fill("Since this morning the VPN drops every few minutes."
                    + " We are on it.");
            assertThat(header.locator("select.social-tag-known-portal")).hasCount(0);
            tab.screenshot("portal-tag-known-issue-form");
            header.locator("button.social-tag-known-submit").click();
            Locator link = header.locator("a.social-tag-known-link");
            assertThat(link).isVisible();
            problemKey = link.textContent();
            org.assertj.core.api.Assertions.assertThat(problemKey).startsWith("SD-");
            tab.screenshot("portal-tag-known-issue-done");
            tab.assertClean();

            link.click();
            tab.settle();
            assertThat(tab.page().locator("#summary-val")).containsText("#vpn:");
            assertThat(tab.page().locator(".social-known-title")).containsText("VPN drops for remote staff");
            tab.assertClean();
        }
        long portalId = parse(devhost.json("GET", "/rest/social/1.0/portal/portals", "erin", null)).get(0).path("id")
                .asLong();
        try (BrowserTab tab = chromium.tabAs(devhost, "erin")) {
            tab.go("/servicedesk/customer/portal/" + portalId);
            Locator item = tab.page().locator(".social-known-issue", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("VPN drops for remote staff"));
            assertThat(item).hasCount(1);
            assertThat(item.locator(".social-known-status")).hasText("Investigating");
            org.assertj.core.api.Assertions.assertThat(tab.page().content()).doesNotContain(problemKey);
            tab.screenshot("portal-tag-known-issue-customer");
            tab.assertClean();
        }
    }
}
