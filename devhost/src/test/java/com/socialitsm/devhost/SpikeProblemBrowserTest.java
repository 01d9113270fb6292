package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import com.socialitsm.testing.DatabaseTest;

/**
 * "Raise problem" in a real browser on the demo data, whose #vpn spikes this morning: from the dashboard's trending
 * list alice raises one problem in SD, linked to the #vpn issues; the problem's issue view lists the links; on the tag
 * page bob's click answers the same problem.
 */
@Tag("browser")
@DatabaseTest
class SpikeProblemBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aProblemRaisedFromTheTrendingListIsLinkedToTheSpikeAndTheTagPageAnswersTheSameOne() {
        String problemKey;
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/");
            Locator vpn = tab.page().locator(".social-trending-item",
                    new Page.LocatorOptions().setHas(tab.page().locator("a.social-hashtag", new Page.LocatorOptions()
                            .setHasText("#vpn"))));
            assertThat(vpn).isVisible();
            vpn.locator("button.social-problem-raise").click();
            vpn.locator("input.social-problem-project").fill("SD");
            tab.screenshot("flow-spike-raise-form");
            vpn.locator("button.social-problem-submit").click();
            Locator link = vpn.locator("a.social-problem-link");
            assertThat(link).isVisible();
            problemKey = link.textContent();
            assertThat(problemKey).startsWith("SD-");
            assertThat(vpn.locator(".social-problem-result")).containsText("issues linked");
            tab.screenshot("flow-spike-raised");
            tab.assertClean();

            link.click();
            tab.settle();
            assertThat(tab.page().locator("#summary-val")).containsText("#vpn:");
            Locator links = tab.page().locator("#issue-links .devhost-link");
            assertThat(links.first()).containsText("relates to");
            assertThat(links.count()).isGreaterThanOrEqualTo(3);
            tab.screenshot("flow-spike-problem-issue");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            tab.go("/plugins/servlet/social/hashtags/vpn");
            Locator header = tab.page().locator(".social-hashtag-header");
            header.locator("button.social-problem-raise").click();
            header.locator("input.social-problem-project").fill("SD");
            header.locator("button.social-problem-submit").click();
            assertThat(header.locator("a.social-problem-link")).hasText(problemKey);
            tab.screenshot("flow-spike-tag-page-existing");
            tab.assertClean();
        }
    }
}
