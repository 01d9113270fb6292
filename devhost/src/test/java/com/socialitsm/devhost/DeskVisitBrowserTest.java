package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * Desk visits (issue #19, part 3) in a real browser: the assignee logs a visit with a note on the issue view, the
 * reporter sees it waiting and confirms it, and only then do the agent's points grow. Someone who is neither sees the
 * visit without a button.
 */
@Tag("browser")
@DatabaseTest
class DeskVisitBrowserTest {
    private static final Set<String> PEOPLE = Set.of("alice", "carol", "dave");

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void theAssigneeLogsTheReporterConfirmsAndOnlyThenThePointsCome() {
        TrackerIssue issue = devhost.demoIssue(i -> !i.isResolved() && i.assignee().equals(Optional.of("bob"))
                && i.reporter().filter(PEOPLE::contains).isPresent());
        String reporter = issue.reporter().orElseThrow();
        int before = points("bob");

        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            tab.go("/browse/" + issue.key());
            Locator panel = tab.page().locator("[data-social-panel=issue-visits]");
            panel.locator("input.social-visit-note").fill("Swapped the <b>dock</b> cable");
            panel.locator("button.social-visit-log").click();
            Locator visit = panel.locator("li.social-visit-pending");
            assertThat(visit).containsText("Waiting for the reporter to confirm");
            assertThat(visit).containsText("Swapped the <b>dock</b> cable");
            assertThat(panel.locator("button.social-visit-confirm")).hasCount(0);
            assertThat(tab.page().getByText("social.panel.issue-visits.title")).hasCount(0);
            assertThat(tab.page().getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Desk visits"))).hasCount(1);
            tab.screenshot("flow-desk-visit-logged");
            tab.assertClean();
        }
        assertThat(points("bob")).as("no points before the reporter confirms").isEqualTo(before);

        String bystander = PEOPLE.stream().filter(p -> !p.equals(reporter)).findFirst().orElseThrow();
        try (BrowserTab tab = chromium.tabAs(devhost, bystander)) {
            tab.go("/browse/" + issue.key());
            Locator panel = tab.page().locator("[data-social-panel=issue-visits]");
            assertThat(panel.locator("li.social-visit-pending")).isVisible();
            assertThat(panel.locator("button.social-visit-confirm")).hasCount(0);
            assertThat(panel.locator("button.social-visit-log")).hasCount(0);
        }

        try (BrowserTab tab = chromium.tabAs(devhost, reporter)) {
            tab.go("/browse/" + issue.key());
            Locator panel = tab.page().locator("[data-social-panel=issue-visits]");
            panel.locator("button.social-visit-confirm").click();
            assertThat(panel.locator("li.social-visit-confirmed")).containsText("Confirmed by the reporter");
            assertThat(panel.locator("button.social-visit-confirm")).hasCount(0);
            tab.screenshot("flow-desk-visit-confirmed");
            tab.assertClean();
        }
        assertThat(points("bob")).as("the confirmed visit pays").isGreaterThan(before);
    }

    private static int points(String user) {
        String body = devhost.get("/rest/social/1.0/kudos/users/" + user, user).body();
        java.util.regex.Matcher points = java.util.regex.Pattern.compile("\"points\"\\s*:\\s*(-?\\d+)").matcher(body);
        assertThat(points.find()).as(body).isTrue();
        return Integer.parseInt(points.group(1));
    }
}
