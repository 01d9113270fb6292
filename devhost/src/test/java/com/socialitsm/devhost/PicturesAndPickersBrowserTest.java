package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Issue #20's tag picture (daily issues over 90 days, usual level shaded, spikes marked, with a sentence as its text
 * alternative) and #18's admin "Spike alerts" form, in Chromium on the devhost with its demo data.
 */
@Tag("browser")
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
}
