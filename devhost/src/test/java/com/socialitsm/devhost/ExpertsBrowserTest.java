package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * Experts per tag in a real browser on the demo data, where bob resolved the SSO issues of the service desk and the
 * lost laptop of the security project (which dave may not browse): the tag page's "Who knows" section, the issue
 * view's line under the hashtags, and the ask form's hint for a typed tag; a tag used only in SEC shows dave nobody.
 */
@Tag("browser")
@DatabaseTest
class ExpertsBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void theTagPageShowsWhoKnowsTheTagCountedOverWhatTheViewerMaySee() {
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            tab.go("/plugins/servlet/social/hashtags/sso");
            Locator section = tab.page().locator(".social-experts-section");
            assertThat(section).isVisible();
            assertThat(section.locator("h3")).hasText("Who knows #sso");
            Locator bob = section.locator(".social-expert").first();
            assertThat(bob.locator("a.social-user-link")).hasText("Bob Nguyen");
            assertThat(bob.locator(".social-expert-counts")).containsText("2 resolved");
            tab.screenshot("flow-experts-tag-page");
            tab.assertClean();

            tab.go("/plugins/servlet/social/hashtags/lostdevice");
            assertThat(tab.page().locator(".social-hashtag-page")).isVisible();
            assertThat(tab.page().locator(".social-experts-section")).isHidden();
            assertThat(tab.page().locator(".social-expert")).hasCount(0);
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/hashtags/lostdevice");
            assertThat(tab.page().locator(".social-experts-section .social-expert a.social-user-link"))
                    .hasText("Bob Nguyen");
            tab.assertClean();
        }
    }

    @Test
    void theIssueViewAndTheAskFormNameTheExpertsOfTheirTags() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().startsWith("SSO login loops"));
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/browse/" + issue.key());
            tab.page().locator("[data-social-panel=issue-hashtags] button.social-experts-ask").click();
            Locator line = tab.page().locator("[data-social-panel=issue-hashtags] .social-experts-line",
                    new com.microsoft.playwright.Page.LocatorOptions().setHasText("#sso"));
            assertThat(line).containsText("People who know #sso:");
            assertThat(line.locator("a.social-user-link").first()).hasText("Bob Nguyen");

            tab.go("/plugins/servlet/social/questions");
            tab.page().locator(".social-qa-toolbar button.aui-button-primary").click();
            Locator form = tab.page().locator("form.social-qa-ask");
            form.locator("input[placeholder='vpn, outage']").pressSequentially("#sso");
            Locator hint = form.locator(".social-experts-ask");
            assertThat(hint).isVisible();
            assertThat(hint).containsText("Bob Nguyen resolved 2 #sso issues");
            tab.screenshot("flow-experts-ask");
            tab.assertClean();
        }
    }
}
