package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import com.socialitsm.devhost.tracker.IssueFilter;
import com.socialitsm.devhost.tracker.TrackerIssue;

/**
 * The devhost in a real browser (Debian's Chromium through Playwright), with the demo data: logging in through the
 * form, working on an issue, and every page — each without dialogs (an XSS would alert), page errors or console
 * errors, and each saved as a full-page screenshot under target/screenshots/ for people to look at.
 */
@Tag("browser")
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
                + " (apt-get install -y chromium)");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A browser tab that records what must never happen on our pages. */
    private record Tab(BrowserContext context, Page page, List<String> dialogs, List<String> pageErrors,
                       List<String> consoleErrors) implements AutoCloseable {

        static Tab open() {
            return open(1280, 860, 1);
        }

        static Tab open(int width, int height, double scale) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, height).setDeviceScaleFactor(scale).setLocale("en-US"));
            Page page = context.newPage();
            Tab tab = new Tab(context, page, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
                    new CopyOnWriteArrayList<>());
            page.onDialog(d -> {
                tab.dialogs.add(d.type() + ": " + d.message());
                d.dismiss();
            });
            page.onPageError(tab.pageErrors::add);
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    tab.consoleErrors.add(m.text() + " @ " + page.url());
                }
            });
            return tab;
        }

        void go(String path) {
            page.navigate(devhost.url(path));
            settle();
        }

        void settle() {
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }

        void logIn(String user) {
            go("/login");
            page.fill("#login-form-username", user);
            page.fill("#login-form-password", user);
            page.click("#login-form-submit");
            page.waitForURL(devhost.url("/"));
            settle();
        }

        void screenshot(String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        }

        void assertClean() {
            assertThat(dialogs).as("dialogs").isEmpty();
            assertThat(pageErrors).as("page errors").isEmpty();
            assertThat(consoleErrors).as("console errors").isEmpty();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private static TrackerIssue demoIssue(String summary) {
        return devhost.host().tracker().search(Optional.of("admin"), IssueFilter.ALL, 100).stream()
                .filter(i -> i.summary().equals(summary)).findFirst().orElseThrow();
    }

    @Test
    void loggingInThroughTheFormLandsOnTheDashboardWithTheUsersName() {
        try (Tab tab = Tab.open()) {
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
        try (Tab tab = Tab.open()) {
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
        TrackerIssue issue = demoIssue("Laptop battery drains within two hours");
        try (Tab tab = Tab.open()) {
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
    void everyPageShowsWithoutDialogsOrErrors() {
        TrackerIssue vpn = demoIssue("VPN gateway FRA-01 at 100% CPU");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("issue", "/browse/" + vpn.key());
        pages.put("create", "/secure/CreateIssue.jspa");
        pages.put("feed", "/plugins/servlet/social/feed");
        pages.put("hashtags", "/plugins/servlet/social/hashtags");
        pages.put("hashtag", "/plugins/servlet/social/hashtags/vpn");
        pages.put("leaderboard", "/plugins/servlet/social/leaderboard");
        pages.put("questions", "/plugins/servlet/social/questions");
        pages.put("question", "/plugins/servlet/social/questions/1");
        pages.put("user", "/plugins/servlet/social/users/bob");
        pages.put("admin", "/plugins/servlet/social/admin");
        try (Tab tab = Tab.open()) {
            tab.logIn("admin");
            for (Map.Entry<String, String> p : pages.entrySet()) {
                tab.go(p.getValue());
                assertThat(tab.page().locator("#header").isVisible()).as(p.getKey()).isTrue();
                assertThat(tab.page().evaluate("() => typeof window.SOCIAL_I18N === 'object'")).as(p.getKey())
                        .isEqualTo(true);
                tab.screenshot(p.getKey());
            }
            tab.assertClean();
        }
    }

    @Test
    void anAdministratorChangesAKudosRuleOnTheAdminPage() throws Exception {
        try (Tab tab = Tab.open()) {
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
        TrackerIssue outage = demoIssue("VPN gateway FRA-01 at 100% CPU");
        Path small = SCREENSHOTS.resolve("small");
        Files.createDirectories(small);
        try (Tab tab = Tab.open(1200, 900, 0.75)) {
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
        try (Tab tab = Tab.open()) {
            tab.logIn("bob");
            tab.page().click(".devhost-user-trigger");
            tab.page().click("#devhost-logout");
            tab.page().waitForURL(devhost.url("/login"));
            tab.go("/");
            assertThat(tab.page().url()).contains("/login");
            tab.assertClean();
        }
    }
}
