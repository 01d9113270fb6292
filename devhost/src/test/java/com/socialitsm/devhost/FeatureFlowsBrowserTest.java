package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.TrackerIssue;

/**
 * The features end to end in a real browser, the way people use them on the demo data: hashtags with autocomplete,
 * following a tag and seeing new issues arrive in the feed, votes + kudos + the leaderboard, and community Q&A. Each
 * flow asserts what the user sees, that no dialog or page error happened, and leaves a full-page screenshot
 * target/screenshots/flow-&lt;name&gt;.png.
 */
@Tag("browser")
class FeatureFlowsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);
    private static Chromium chromium;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launchOrSkip();
        PlaywrightAssertions.setDefaultAssertionTimeout(BrowserTab.TIMEOUT_MS);
    }

    @AfterAll
    static void closeChromium() {
        Chromium.close(chromium);
    }

    private static BrowserTab tabAs(String user) {
        BrowserTab tab = chromium.open(devhost);
        tab.logIn(user);
        return tab;
    }

    private static TrackerIssue demoIssue(String summary) {
        return devhost.host().tracker().search(Optional.of("admin"), IssueFilter.ALL, 100).stream()
                .filter(i -> i.summary().equals(summary)).findFirst().orElseThrow();
    }

    private static Locator panel(BrowserTab tab, String name) {
        return tab.page().locator("[data-social-panel=" + name + "]");
    }

    private static Pattern exactly(String text) {
        return Pattern.compile("^" + Pattern.quote(text) + "$");
    }

    @Test
    void aVoteCountsKudosReachTheAssigneeAndTheLeaderboardAndProfileShowThem() {
        TrackerIssue issue = demoIssue("Teams calls have no audio on new laptops");
        String message = "Thanks for sorting out the Teams audio so quickly!";
        try (BrowserTab carol = tabAs("carol")) {
            carol.go("/browse/" + issue.key());
            Locator votes = panel(carol, "issue-votes");
            Locator button = votes.locator("button.social-vote-button");
            Locator count = votes.locator(".social-vote-count");
            assertThat(button).hasAttribute("aria-pressed", "false");
            int before = Integer.parseInt(count.textContent().trim());
            button.click();
            assertThat(button).hasAttribute("aria-pressed", "true");
            assertThat(count).hasText(String.valueOf(before + 1));

            Locator kudos = panel(carol, "issue-kudos");
            kudos.locator("button.social-kudos-open").click();
            Locator dialog = kudos.locator("form.social-kudos-dialog");
            assertThat(dialog).isVisible();
            dialog.locator("select[name=to]").selectOption("alice");
            dialog.locator("textarea[name=message]").fill(message);
            dialog.locator("button[type=submit]").click();
            assertThat(dialog).isHidden();
            assertThat(kudos.locator(".social-kudos-item", new Locator.LocatorOptions().setHasText(message)))
                    .containsText("Alice");
            carol.screenshot("flow-votes-kudos-issue");

            carol.go("/plugins/servlet/social/leaderboard");
            Locator board = panel(carol, "leaderboard");
            for (String period : new String[] {"week", "month", "all"}) {
                Locator tab = board.locator("button[data-period=" + period + "]");
                tab.click();
                assertThat(tab).hasAttribute("aria-pressed", "true");
                Locator rows = board.locator(".social-leaderboard-table tbody tr");
                rows.first().waitFor();
                assertThat(rows.first().locator(".social-rank")).hasText("#1");
                assertThat(board.locator(".social-leaderboard-table")).containsText("Alice");
            }

            carol.go("/plugins/servlet/social/users/alice");
            Locator profile = panel(carol, "user-profile");
            assertThat(profile.locator("h2")).containsText("Alice");
            assertThat(profile.locator(".social-profile-points")).hasText(Pattern.compile("\\d+ points?"));
            assertThat(profile.locator(".social-kudos-message", new Locator.LocatorOptions().setHasText(message)))
                    .isVisible();
            carol.screenshot("flow-votes-kudos");
            carol.assertClean();
        }
    }

}
