package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * The devhost in a real browser (Debian's Chromium through Playwright), with the demo data: logging in through the
 * form, working on an issue, the admin page, logging out — each without dialogs (an XSS would alert), page errors or
 * console errors. Every page without them, each saved as a full-page screenshot under target/screenshots/ for people
 * to look at: {@code EveryPageBrowserTest}.
 */
@Tag("browser")
@DatabaseTest
class BrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static BrowserTab openTab() {
        return chromium.open(devhost);
    }

    @Test
    void loggingInThroughTheFormLandsOnTheDashboardWithTheUsersName() {
        try (BrowserTab tab = openTab()) {
            tab.go("/browse/SD-1");
            assertThat(tab.page().url()).contains("/login?os_destination=");
            tab.screenshot("login");
            tab.page().fill("#login-form-username", "carol");
            tab.page().fill("#login-form-password", "carol");
            tab.page().click("#login-form-submit");
            tab.page().waitForURL(devhost.url("/browse/SD-1"));
            tab.settle();
            assertThat(tab.page().locator(".devhost-user-trigger img").getAttribute("alt")).isEqualTo("Carol Schmidt");
            tab.assertClean();
        }
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoSession() {
        try (BrowserTab tab = openTab()) {
            tab.go("/login");
            tab.page().fill("#login-form-username", "alice");
            tab.page().fill("#login-form-password", "nope");
            tab.page().click("#login-form-submit");
            tab.settle();
            assertThat(tab.page().locator("#login-error").isVisible()).isTrue();
            assertThat(tab.context().cookies()).noneMatch(c -> c.name.equals("SOCIALITSM_SESSION"));
            assertThat(tab.pageErrors()).isEmpty();
        }
    }

    @Test
    void onTheIssuePageAnAgentCommentsAssignsAndResolves() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Laptop battery drains within two hours"));
        try (BrowserTab tab = openTab()) {
            tab.logIn("alice");
            tab.go("/browse/" + issue.key());
            assertThat(tab.page().textContent("#summary-val")).isEqualTo(issue.summary());

            String text = "Replacement battery arrived, swapping it today <b>#laptop</b>";
            tab.page().fill("#comment", text);
            tab.page().click("#comment-add-submit");
            tab.settle();
            assertThat(tab.page().locator(".devhost-comment-body").last().textContent()).isEqualTo(text);

            tab.page().selectOption("#assignee-select", "bob");
            tab.page().click("#assign-submit");
            tab.settle();
            assertThat(tab.page().textContent("#assignee-val")).contains("Bob Nguyen");

            tab.page().click("#action_id_5");
            tab.settle();
            assertThat(tab.page().textContent("#status-val")).isEqualTo("Resolved");
            assertThat(tab.page().locator("#action_id_3").isVisible()).isTrue();
            tab.assertClean();
        }
        assertThat(devhost.host().tracker().requireIssue(Optional.of("alice"), issue.key()).isResolved()).isTrue();
    }

    @Test
    void anAdministratorChangesAKudosRuleOnTheAdminPage() throws Exception {
        try (BrowserTab tab = openTab()) {
            tab.logIn("admin");
            tab.go("/plugins/servlet/social/admin");
            for (String section : List.of("#social-admin-hashtags", "#social-admin-kudos", "#social-admin-follows")) {
                assertThat(tab.page().locator(section).isVisible()).as(section).isTrue();
            }
            tab.page().waitForFunction("() => document.querySelector('#social-admin-kudos-resolvedPoints').value !== ''");
            tab.page().fill("#social-admin-kudos-resolvedPoints", "11");
            tab.page().waitForResponse(r -> r.url().endsWith("/admin/kudos/rules") && "PUT".equals(r.request().method()),
                    () -> tab.page().click("#social-admin-kudos-rules button[type=submit]"));
            tab.settle();
            tab.assertClean();
        }
        String rules = devhost.get("/rest/social/1.0/admin/kudos/rules", "admin").body();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(rules).path("resolvedPoints").asInt())
                .isEqualTo(11);
    }

    @Test
    void smallScreenshotsForTheReadme() throws Exception {
        TrackerIssue outage = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        Path small = Chromium.SCREENSHOTS.resolve("small");
        Files.createDirectories(small);
        try (BrowserTab tab = chromium.open(devhost, 1200, 900, 0.75)) {
            tab.logIn("alice");
            tab.go("/browse/" + outage.key());
            tab.page().screenshot(new Page.ScreenshotOptions().setPath(small.resolve("issue.png")).setFullPage(true));
            tab.go("/plugins/servlet/social/feed");
            tab.page().screenshot(new Page.ScreenshotOptions().setPath(small.resolve("feed.png")));
            tab.assertClean();
        }
        assertThat(Files.size(small.resolve("issue.png"))).isGreaterThan(10_000);
    }

    @Test
    void theUserMenuLogsOut() {
        try (BrowserTab tab = openTab()) {
            tab.logIn("bob");
            tab.go("/");
            tab.page().click(".devhost-user-trigger");
            tab.page().click("#devhost-logout");
            tab.page().waitForURL(devhost.url("/login"));
            tab.go("/");
            assertThat(tab.page().url()).contains("/login");
            tab.assertClean();
        }
    }
}
