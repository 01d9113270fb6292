package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import com.socialitsm.testing.DatabaseTest;


/**
 * Gates that hold for every page of the app: no critical or serious accessibility violation (axe-core from npm,
 * devhost/frontend, injected into the page) for an agent, an administrator and an end user; no page scrolls sideways
 * on a phone (390 px); at a desktop width every page shows its header, cuts no select short and logs no deprecation
 * warning.
 */
@Tag("browser")
@DatabaseTest
class EveryPageBrowserTest {
    /** Installed by the devhost's npm step together with AUI (devhost/frontend/package.json). */
    private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");
    /** Where that npm step copies AUI: present means the step ran, so axe-core must be there too. */
    private static final Path AUI = Path.of("target", "classes", "devhost-static", "aui", "aui-prototyping.js");
    private static final int PHONE_WIDTH = 390;
    /** The outermost elements that reach past the screen's right edge, for the failure message. */
    private static final String WIDEST = """
            (limit) => [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
              .filter((e) => e.parentElement.getBoundingClientRect().right <= limit + 0.5)
              .slice(0, 5).map((e) => e.tagName.toLowerCase() + [...e.classList].map((c) => '.' + c).join(''))""";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"alice", "admin", "dave"})
    void noPageHasACriticalOrSeriousAccessibilityViolation(String user) throws IOException {
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        try (BrowserTab tab = chromium.auditTabAs(devhost, user)) {
            for (Map.Entry<String, String> page : DemoPages.every(devhost).entrySet()) {
                if (page.getKey().equals("admin") && !user.equals("admin")) {
                    continue;
                }
                tab.go(page.getValue());
                List<String> found = seriousViolations(tab, axe);
                found.forEach(v -> violations.add(page.getKey() + ": " + v));
            }
        }
        assertThat(violations).as("axe-core violations as " + user).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        try (BrowserTab tab = chromium.open(devhost, PHONE_WIDTH, 844, 1)) {
            tab.logIn("admin");
            for (Map.Entry<String, String> page : DemoPages.every(devhost).entrySet()) {
                tab.go(page.getValue());
                Number width = (Number) tab.page().evaluate("() => document.documentElement.scrollWidth");
                if (width.intValue() > PHONE_WIDTH) {
                    wide.add(page.getKey() + " is " + width + " px wide, by " + tab.page().evaluate(WIDEST, PHONE_WIDTH));
                }
                tab.screenshot("phone-" + page.getKey());
            }
            tab.assertClean();
        }
        assertThat(wide).as("pages wider than the phone").isEmpty();
    }

    /**
     * Every page at a desktop width (1280 px), as an agent (alice: every page but the admin page) and as the
     * administrator (every page), in one visit per page that serves four checks: the page shows the header and has its
     * translations ({@code window.SOCIAL_I18N}); no select cuts its chosen option short; nothing logs an AUI
     * deprecation warning, also while the window goes to a phone's width and back (AUI's responsive header runs then);
     * and no dialog, page error or console error shows up. Screenshots into target/screenshots: {@code page-*.png} (as
     * alice, the admin page as the administrator) are the pictures docs/screenshots and the README take, after a look
     * at each; the administrator's visit also leaves {@code <page>.png}. (These were three visits of every page, in
     * this class, {@code BrowserTest} and {@code FirstClassUxBrowserTest}, with the same checks between them.)
     */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"alice", "admin"})
    void everyPageShowsItsHeaderAtDesktopWidthWithNoSelectCutShortAndNoDeprecationWarning(String user) {
        List<String> missing = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        List<String> deprecations = new CopyOnWriteArrayList<>();
        boolean admin = user.equals("admin");
        try (BrowserTab tab = chromium.open(devhost, 1280, 860, 1)) {
            tab.page().onConsoleMessage(m -> {
                if (m.text().toLowerCase(Locale.ROOT).contains("deprecat")) {
                    deprecations.add(tab.page().url() + ": " + m.text());
                }
            });
            tab.logIn(user);
            for (Map.Entry<String, String> page : DemoPages.every(devhost).entrySet()) {
                boolean adminPage = page.getKey().equals("admin");
                if (adminPage && !admin) {
                    continue;
                }
                tab.go(page.getValue());
                if (!tab.page().locator("#header").isVisible()) {
                    missing.add(page.getKey() + ": no header");
                }
                if (!Boolean.TRUE.equals(tab.page().evaluate("() => typeof window.SOCIAL_I18N === 'object'"))) {
                    missing.add(page.getKey() + ": no window.SOCIAL_I18N");
                }
                @SuppressWarnings("unchecked")
                List<String> narrow = (List<String>) tab.page().evaluate(SELECTS_CUT_SHORT);
                narrow.forEach(select -> cut.add(page.getKey() + ": " + select));
                if (!admin || adminPage) {
                    tab.screenshot("page-" + page.getKey());
                }
                if (admin) {
                    tab.screenshot(page.getKey());
                }
                tab.page().setViewportSize(PHONE_WIDTH, 860);
                tab.page().setViewportSize(1280, 860);
                tab.page().waitForTimeout(300);
            }
            tab.assertClean();
        }
        assertThat(missing).as("pages without their header or translations as " + user).isEmpty();
        assertThat(cut).as("selects too narrow for the option they show as " + user).isEmpty();
        assertThat(deprecations).as("deprecation warnings on the console as " + user).isEmpty();
    }

    /** Visible selects whose chosen option's text alone is wider than the select's inside ("Last 24" for "Last 24 hours"). */
    private static final String SELECTS_CUT_SHORT = """
            () => [...document.querySelectorAll('select')].filter((s) => s.offsetParent && s.selectedOptions.length)
              .filter((s) => {
                const style = getComputedStyle(s);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                const text = context.measureText(s.selectedOptions[0].textContent.trim()).width;
                return text > s.clientWidth - parseFloat(style.paddingLeft);
              })
              .map((s) => s.className + ' "' + s.selectedOptions[0].textContent.trim() + '" in ' + s.clientWidth + ' px')""";

    /**
     * With the operating system in dark mode (prefers-color-scheme: dark, which the devhost follows as Jira's "match
     * my browser" theme does) the pages turn dark and stay readable: no hard-coded light colour leaves text without
     * contrast (axe-core's contrast rule, serious or worse). Screenshots: target/screenshots/dark-*.png.
     */
    @Test
    void everyPageReadsWellInADarkColourScheme() throws IOException {
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        try (BrowserTab tab = chromium.auditTabAs(devhost, "admin", ColorScheme.DARK)) {
            for (Map.Entry<String, String> page : DemoPages.every(devhost).entrySet()) {
                tab.go(page.getValue());
                Number luminance = (Number) tab.page().evaluate("""
                        () => {
                          const [r, g, b] = getComputedStyle(document.body).color.match(/\\d+/g).map(Number);
                          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
                        }""");
                // Dark text (AUI's light theme: #172b4d) means the page did not follow the dark scheme.
                if (luminance.doubleValue() < 0.5) {
                    violations.add(page.getKey() + ": the page stays light (text luminance " + luminance + ")");
                }
                tab.page().addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) tab.page().evaluate("""
                        async () => {
                          const result = await axe.run(document, { resultTypes: ['violations'],
                            runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } });
                          return result.violations
                            .filter((v) => v.impact === 'critical' || v.impact === 'serious')
                            .map((v) => `${v.impact} ${v.id}: ` + v.nodes.slice(0, 4)
                              .map((n) => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary
                                .replace(/\s+/g, ' ') + ')' : '')).join('; '));
                        }""");
                found.forEach(v -> violations.add(page.getKey() + ": " + v));
                tab.screenshot("dark-" + page.getKey());
            }
            tab.assertClean();
        }
        assertThat(violations).as("dark colour scheme").isEmpty();
    }

    private static String axeSource() throws IOException {
        if (!Files.exists(AXE)) {
            assumeTrue(Files.exists(AUI), "The accessibility gate needs the devhost's npm step (built with -Dfrontend.skip)");
            fail("axe-core is missing at " + AXE.toAbsolutePath() + " although the npm step installed AUI");
        }
        return Files.readString(AXE);
    }

    /**
     * The portal's pages (#17) pass the same gate as a customer (erin) and as an agent (alice), with something on each:
     * a known issue, erin's resolved request with a public comment and the thanks panel, a community question with an
     * answer (verified, so the agent sees the verify button in its pressed state).
     */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"erin", "alice"})
    void noPortalPageHasACriticalOrSeriousAccessibilityViolation(String user) throws Exception {
        String axe = axeSource();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long desk = json.readTree(devhost.get("/rest/servicedeskapi/servicedesk", "erin").body()).path("values").get(0)
                .path("id").asLong();
        long type = json.readTree(devhost.get("/rest/servicedeskapi/servicedesk/" + desk + "/requesttype", "erin")
                .body()).path("values").get(0).path("id").asLong();
        String key = json.readTree(devhost.json("POST", "/rest/servicedeskapi/request", "erin", "{\"serviceDeskId\": \""
                + desk + "\", \"requestTypeId\": \"" + type + "\", \"requestFieldValues\": {\"summary\": "
                + "\"Printer on 3 is offline\", \"description\": \"Since Monday #printer\"}}").body())
                .path("issueKey").asText();
        devhost.json("POST", "/rest/servicedeskapi/request/" + key + "/comment", "alice",
                "{\"body\": \"We sent someone up.\", \"public\": true}");
        long portal = json.readTree(devhost.json("POST", "/rest/social/1.0/known-issues", "alice", "{\"issueKey\": \""
                + key + "\", \"title\": \"Printers on floor 3\", \"text\": \"They are offline; a fix is on its way.\"}")
                .body()).path("portalId").asLong();
        devhost.json("POST", "/rest/api/2/issue/" + key + "/transitions", "alice",
                "{\"transition\": {\"name\": \"Resolve\"}}");
        long question = json.readTree(devhost.json("POST", "/rest/social/1.0/portal/" + portal + "/questions", "erin",
                "{\"title\": \"Which printer is closest to HR?\", \"body\": \"\"}").body()).path("id").asLong();
        long answer = json.readTree(devhost.json("POST", "/rest/social/1.0/portal/questions/" + question + "/answers",
                "alice", "{\"body\": \"The one by the kitchen.\"}").body()).path("id").asLong();
        devhost.json("PUT", "/rest/social/1.0/portal/answers/" + answer + "/verified", "alice", "{\"verified\": true}");

        List<String> violations = new ArrayList<>();
        try (BrowserTab tab = chromium.auditTabAs(devhost, user)) {
            for (Map.Entry<String, String> page : DemoPages.portal(portal, key).entrySet()) {
                tab.go(page.getValue());
                List<String> found = seriousViolations(tab, axe);
                found.forEach(v -> violations.add(page.getKey() + ": " + v));
                tab.screenshot("axe-" + user + "-" + page.getKey());
            }
        }
        assertThat(violations).as("axe-core violations on the portal as " + user).isEmpty();
    }

    /** axe-core run on the tab's page: its critical and serious violations, each with up to three of its nodes. */
    @SuppressWarnings("unchecked")
    private static List<String> seriousViolations(BrowserTab tab, String axe) {
        tab.page().addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        return (List<String>) tab.page().evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
                    .map((v) => `${v.impact} ${v.id}: ${v.help} — ` + v.nodes.slice(0, 3)
                      .map((n) => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary
                        .replace(/\\s+/g, ' ') + ')' : '')).join('; '));
                }""");
    }
}
