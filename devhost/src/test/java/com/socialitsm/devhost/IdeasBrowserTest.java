package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * Idea boards and the boss in a real browser on the demo data: carol submits an idea on SD's board and votes for it;
 * alice (an agent) plans it with a public reason and turns it into a Jira issue; carol finds the status change under
 * her feed's "Ideas" filter; the leaderboard of SD shows the project's boss with its votes and age; dave, who may not
 * browse SEC, gets "not found" for SEC's board; dave follows an idea with its Follow button, finds its status change
 * in his feed, and unfollows it.
 */
@Tag("browser")
@DatabaseTest
class IdeasBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void submitVotePlanTurnIntoAnIssueAndFollowInTheFeed() {
        String title = "Longer service desk hours in winter";
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/plugins/servlet/social/ideas?project=SD");
            Locator form = tab.page().locator("form.social-idea-form");
            form.locator("input[name=title]").fill(title);
            form.locator("textarea[name=body]").fill("Open until **8 pm** from November to February. #hours");
            form.locator("button[type=submit]").click();
            Locator row = tab.page().locator(".social-idea-row", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(title));
            assertThat(row).isVisible();
            row.locator("button.social-idea-vote").click();
            assertThat(row.locator("button.social-idea-vote")).hasAttribute("aria-pressed", "true");
            assertThat(row.locator("button.social-idea-vote")).containsText("1");
            tab.screenshot("flow-ideas-board");
            tab.assertClean();
            row.locator("a.social-idea-title").click();
            assertThat(tab.page().locator(".social-idea-heading")).hasText(title);
            assertThat(tab.page().locator(".social-idea-body strong")).hasText("8 pm");
            assertThat(tab.page().locator(".social-idea-agent")).hasCount(0);
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/ideas?project=SD&sort=newest");
            tab.page().locator(".social-idea-row a.social-idea-title").first().click();
            assertThat(tab.page().locator(".social-idea-heading")).hasText(title);
            Locator agent = tab.page().locator(".social-idea-agent");
            agent.locator("select[name=status]").selectOption("planned");
            agent.locator("input[name=reason]").fill("From December, 7 am to 8 pm.");
            agent.locator("button[type=submit]").click();
            assertThat(tab.page().locator(".social-idea-status")).hasText("Planned");
            assertThat(tab.page().locator(".social-idea-reason-text")).hasText("From December, 7 am to 8 pm.");
            tab.page().locator("button.social-idea-issue").click();
            assertThat(tab.page().locator(".social-idea-linked a")).containsText("SD-");
            tab.screenshot("flow-idea-page-agent");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/plugins/servlet/social/feed");
            tab.page().locator(".social-feed-filters button[data-filter=ideas]").click();
            Locator item = tab.page().locator(".social-feed-verb-idea-status").first();
            assertThat(item).isVisible();
            assertThat(item.locator(".social-feed-text")).hasText("planned: " + title);
            tab.screenshot("flow-ideas-feed-filter");
            tab.assertClean();
        }
    }

    @Test
    void theFollowButtonBringsAnIdeasStatusChangesToTheFeed() {
        String title = "A quiet room for long phone calls";
        HttpResponse<String> created = devhost.json("POST", "/rest/social/1.0/ideas", "carol",
                "{\"project\": \"SD\", \"title\": \"" + title + "\", \"body\": \"\"}");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String page = "/plugins/servlet/social/ideas/" + id.group(1);
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            tab.go(page);
            Locator follow = tab.page().locator("button.social-idea-follow");
            assertThat(follow).hasAttribute("aria-pressed", "false");
            assertThat(follow).hasText("Follow");
            follow.click();
            assertThat(follow).hasAttribute("aria-pressed", "true");
            tab.page().reload();
            assertThat(tab.page().locator("button.social-idea-follow")).hasAttribute("aria-pressed", "true");
            tab.screenshot("flow-idea-follow");
            tab.assertClean();
        }
        org.assertj.core.api.Assertions.assertThat(devhost.json("PUT", "/rest/social/1.0/ideas/" + id.group(1)
                + "/status", "alice", "{\"status\": \"under-review\", \"reason\": \"Looking for a room\"}")
                .statusCode()).isEqualTo(200);
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            tab.go("/plugins/servlet/social/feed");
            tab.page().locator(".social-feed-filters button[data-filter=ideas]").click();
            assertThat(tab.page().locator(".social-feed-verb-idea-status .social-feed-text").first())
                    .hasText("under-review: " + title);
            tab.go(page);
            Locator follow = tab.page().locator("button.social-idea-follow");
            follow.click();
            assertThat(follow).hasAttribute("aria-pressed", "false");
            tab.page().reload();
            assertThat(tab.page().locator("button.social-idea-follow")).hasAttribute("aria-pressed", "false");
            tab.assertClean();
        }
    }

    @Test
    void theLeaderboardShowsTheBossAndHiddenBoardsAreNotFound() {
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            // The project picker is an AUI select now; the page also takes the project from its address.
            tab.go("/plugins/servlet/social/leaderboard?project=SD");
            Locator boss = tab.page().locator(".social-boss");
            assertThat(boss.locator(".social-boss-box, .social-boss-none")).isVisible();
            tab.screenshot("flow-leaderboard-boss");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            tab.go("/plugins/servlet/social/ideas?project=SEC");
            assertThat(tab.page().locator(".social-ideas .social-empty"))
                    .hasText("There is no such board or idea, or you may not see it.");
            // Not assertClean(): Chromium logs the 404 of GET /ideas?project=SEC as a console error, which is the point.
        }
    }
}
