package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * Issue #20's tag picture (daily issues over 90 days, usual level shaded, spikes marked, with a sentence as its text
 * alternative), the kudos dialog's user picker for "someone else" (#20 item 10) and #18's admin "Spike alerts" form,
 * in Chromium on the devhost with its demo data.
 */
@Tag("browser")
@DatabaseTest
class PicturesAndPickersBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aTagPageDrawsItsDailyIssuesWithTheUsualLevelAndSaysTheNumbersInWords() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/hashtags/vpn");
            Locator days = tab.page().locator(".social-hashtag-days");
            assertThat(days).isVisible();
            assertThat(days.locator("h3")).hasText("Issues per day");
            Locator chart = days.locator("svg.social-chart-line");
            assertThat(chart).hasAttribute("role", "img");
            assertThat(chart).hasAttribute("aria-label", Pattern.compile("#vpn.*Last 90 days: \\d+ issues?, usually",
                    Pattern.CASE_INSENSITIVE));
            assertThat(chart.locator("rect.social-chart-usual")).hasCount(1);
            String points = chart.locator("polyline.social-chart-stroke").getAttribute("points");
            assertThat(points.split(" ")).as("one point per day").hasSize(90);
            assertThat(days.locator("figcaption")).hasText(Pattern.compile(
                    "Last 90 days: \\d+ issues?, usually [\\d.]+ a day\\. (Spikes: .+|No spikes)\\."));
            int spikes = chart.locator("circle.social-chart-spike").count();
            assertThat(days.locator("figcaption").textContent().contains("No spikes")).isEqualTo(spikes == 0);
            days.scrollIntoViewIfNeeded();
            tab.screenshot("ux3-tag-days");
            tab.assertClean();
        }
    }

    @Test
    void anAdminChangesTheSpikeThresholdAndAlertProjectAndSeesThemAfterAReload() {
        try (BrowserTab tab = chromium.tabAs(devhost, "admin")) {
            tab.go("/plugins/servlet/social/admin");
            Page page = tab.page();
            Locator threshold = page.locator("#social-admin-spikes-threshold");
            Locator project = page.locator("#social-admin-spikes-alertProject");
            assertThat(threshold).not().hasValue("");
            threshold.fill("6.5");
            project.fill("SD");
            page.locator("#social-admin-spikes-form button[type=submit]").click();
            assertThat(page.locator(".aui-flag, .social-flash").filter(new Locator.FilterOptions().setHasText("Saved.")).first()).isVisible();
            tab.go("/plugins/servlet/social/admin");
            assertThat(page.locator("#social-admin-spikes-threshold")).hasValue("6.5");
            assertThat(page.locator("#social-admin-spikes-alertProject")).hasValue("SD");
            page.locator("#social-admin-spikes-form").scrollIntoViewIfNeeded();
            tab.screenshot("ux3-admin-spikes");
            tab.assertClean();
        }
    }

    /** Item 10: "someone else" in the kudos dialog is AUI's single select over GET /users, not a free-text name. */
    @Test
    void kudosToSomeoneElsePicksThePersonFromTheUserPicker() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Teams calls have no audio on new laptops"));
        String message = "Thanks for the headset tip, it fixed my calls.";
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/browse/" + issue.key());
            Locator kudos = tab.page().locator("[data-social-panel=issue-kudos]").first();
            kudos.locator("button.social-kudos-open").click();
            Locator dialog = kudos.locator("form.social-kudos-dialog");
            assertThat(dialog).isVisible();
            dialog.locator("select[name=to]").selectOption("");
            Locator picker = dialog.locator("aui-select[name=other]");
            assertThat(picker).isVisible();
            assertThat(picker).hasAttribute("src", Pattern.compile(".*/rest/social/1\\.0/users$"));
            Locator input = picker.locator("input");
            assertThat(input).isFocused();
            tab.page().keyboard().type("Bob");
            Locator option = tab.page().locator("li.aui-select-suggestion").filter(
                    new Locator.FilterOptions().setHasText("Bob Nguyen (bob)")).first();
            assertThat(option).isVisible();
            tab.screenshot("ux3-kudos-user-picker");
            option.click();
            dialog.locator("textarea[name=message]").fill(message);
            dialog.locator("button[type=submit]").click();
            assertThat(dialog).isHidden();
            assertThat(kudos.locator(".social-kudos-item", new Locator.LocatorOptions().setHasText(message)))
                    .containsText("Bob");
            tab.assertClean();
        }
    }

    /**
     * The user picker lists what the server answers for any part of a name: a surname finds the person (AUI's own
     * prefix match on "Bob Nguyen (bob)" hid the server's answer), and the server was asked for it.
     */
    @Test
    void theUserPickerFindsAPersonByTheirSurnameAsTheServerAnswers() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Teams calls have no audio on new laptops"));
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            tab.page().onRequest(request -> {
                if (request.url().contains("/rest/social/1.0/users?")) {
                    asked.add(request.url());
                }
            });
            tab.go("/browse/" + issue.key());
            Locator kudos = tab.page().locator("[data-social-panel=issue-kudos]").first();
            kudos.locator("button.social-kudos-open").click();
            Locator dialog = kudos.locator("form.social-kudos-dialog");
            dialog.locator("select[name=to]").selectOption("");
            Locator input = dialog.locator("aui-select[name=other] input");
            assertThat(input).isFocused();
            tab.page().keyboard().type("Nguyen");
            Locator suggestions = tab.page().locator("li.aui-select-suggestion");
            assertThat(suggestions.filter(new Locator.FilterOptions().setHasText("Bob Nguyen (bob)")).first())
                    .isVisible();
            assertThat(suggestions).hasCount(1);
            assertThat(asked).anyMatch(url -> url.endsWith("q=Nguyen"));
            tab.screenshot("ux-user-picker-surname");

            // A part inside the name works as well, and picking it sends the kudos to that person.
            input.fill("");
            tab.page().keyboard().type("owal");
            Locator dave = suggestions.filter(new Locator.FilterOptions().setHasText("Dave Kowalski (dave)")).first();
            assertThat(dave).isVisible();
            dave.click();
            assertThat(input).hasValue("Dave Kowalski (dave)");
            tab.assertClean();
        }
    }
}
