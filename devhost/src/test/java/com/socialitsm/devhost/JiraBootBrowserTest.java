package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * Mounting is idempotent, and the Jira app's boot script (jira-plugin js/social-boot.js, the classic script the Web
 * Resource Manager serves on Jira's pages) drives the same front end: run here against the devhost's REST API with
 * stand-ins for what Jira provides (WRM.data.claim with the data provider's JSON; the JIRA event bus), it mounts the
 * issue the page came with, mounts again when Jira swaps the issue in place and announces it (NEW_CONTENT_ADDED,
 * panelRefreshed), never twice, and binds one listener however often it is evaluated.
 */
@Tag("browser")
@DatabaseTest
class JiraBootBrowserTest {
    /** The Jira app's boot script, read from its module's sources (it is not part of the devhost). */
    private static final Path BOOT_SCRIPT = Path.of("..", "jira-plugin", "src", "main", "resources", "js",
            "social-boot.js");
    /** What Jira gives the boot script: WRM's data (as SocialBootDataProvider writes it) and its event bus. */
    private static final String FAKE_JIRA = """
            (main) => {
              const handlers = [];
              const content = () => ({ jquery: '3.5.1', toArray: () => [document.getElementById('issue-content')] });
              window.__jira = { handlers, trigger: (reason) => handlers.forEach((h) => h({}, content(), reason)) };
              window.__panel = (key) => '<div class="social-itsm-issue-panel"><div class="social-panel-mount" '
                + 'data-social-panel="issue-follow" data-issue-key="' + key + '"></div></div>';
              window.JIRA = {
                bind: (type, handler) => { if (type === 'newContentAdded') handlers.push(handler); },
                Events: { NEW_CONTENT_ADDED: 'newContentAdded' },
                CONTENT_ADDED_REASON: { pageLoad: 'pageLoad', panelRefreshed: 'panelRefreshed',
                  inlineEditStarted: 'inlineEditStarted' },
              };
              window.WRM = { data: { claim: (key) => key === 'com.socialitsm.social-itsm:social-boot.boot'
                ? { main, i18n: { 'social.follow.follow': 'Follow (from WRM)' } }
                : undefined } };
              document.getElementById('issue-content').innerHTML = window.__panel(document.body.dataset.issue);
            }""";

    /** The Jira app's header loader (the notification bell), read from its module's sources. */
    private static final Path HEADER_SCRIPT = Path.of("..", "jira-plugin", "src", "main", "resources", "js",
            "social-header.js");
    /**
     * A Jira page's header as Jira renders the web-item social-notifications (a link in the top navigation bar), and
     * WRM: require() of the bell's web-resource runs the boot script (its dependency), data.claim answers the boot's
     * JSON. Records what was required.
     */
    private static final String FAKE_JIRA_HEADER = """
            ([main, boot, withLink, i18n]) => {
              document.body.innerHTML = '<header><nav class="aui-header"><ul class="aui-nav">'
                + '<li><a href="/plugins/servlet/social/feed">Your feed</a></li>'
                + (withLink ? '<li><a id="social-itsm-notifications" href="/plugins/servlet/social/feed">'
                  + 'Notifications</a></li>' : '') + '</ul></nav></header><main id="issue-content"></main>';
              window.__required = [];
              window.WRM = {
                data: { claim: (key) => key === 'com.socialitsm.social-itsm:social-boot.boot'
                  ? { main, i18n: JSON.parse(i18n) } : undefined },
                require: (keys) => {
                  window.__required.push(...keys);
                  const script = document.createElement('script');
                  script.textContent = boot;
                  document.head.append(script);
                  return Promise.resolve();
                },
              };
            }""";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void mountingAPageAgainAddsNoSecondPanelAndNoSecondListener() {
        TrackerIssue issue = devhost.demoIssue(i -> true);
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/browse/" + issue.key());
            Locator follow = tab.page().locator("[data-social-panel=issue-follow] .social-follow-button");
            follow.waitFor();
            Object before = tab.page().evaluate("() => document.querySelectorAll('[data-social-panel] *').length");

            tab.page().evaluate("""
                    () => {
                      document.dispatchEvent(new CustomEvent('social-itsm:mount'));
                      document.querySelectorAll('[data-social-panel]').forEach((node) =>
                        node.dispatchEvent(new CustomEvent('social-itsm:mount', { bubbles: true })));
                    }""");
            tab.settle();

            assertThat(tab.page().evaluate("() => document.querySelectorAll('[data-social-panel] *').length"))
                    .isEqualTo(before);
            List<String> writes = new CopyOnWriteArrayList<>();
            tab.page().onRequest(request -> {
                if (request.url().contains("/rest/social/1.0/follows/issue/") && !"GET".equals(request.method())) {
                    writes.add(request.method());
                }
            });
            follow.click();
            tab.settle();
            assertThat(writes).as("one click, one request: one listener").hasSize(1);
            tab.assertClean();
        }
    }

    @Test
    void inJiraTheBootScriptMountsTheIssueAndTheIssueJiraSwapsInInPlaceOnceEach() throws IOException {
        TrackerIssue first = devhost.demoIssue(i -> true);
        TrackerIssue second = devhost.demoIssue(i -> !i.key().equals(first.key()));
        String boot = Files.readString(BOOT_SCRIPT);
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            Page page = tab.page();
            // A document of the devhost's origin without the pages' CSP (main.js itself), standing in for a Jira page.
            tab.go("/");
            String main = (String) page.evaluate("() => document.querySelector('script[type=module]').src");
            page.navigate(main);
            page.setContent("<!DOCTYPE html><html><head><title>Jira</title></head><body data-issue=\"" + first.key()
                    + "\"><div id=\"issue-content\"></div></body></html>");
            page.evaluate(FAKE_JIRA, main);

            page.addScriptTag(new Page.AddScriptTagOptions().setContent(boot));
            Locator buttons = page.locator(".social-follow-button");
            assertThat(buttons).hasCount(1);
            assertThat(page.locator("[data-issue-key=\"" + first.key() + "\"] .social-follow-button")).hasCount(1);
            assertThat(page.evaluate("() => window.SOCIAL_I18N['social.follow.follow']")).isEqualTo("Follow (from WRM)");

            // Evaluated again (a second context on the page): nothing more is loaded or bound.
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(boot));
            assertThat(page.evaluate("() => window.__jira.handlers.length")).isEqualTo(1);
            assertThat(page.evaluate("() => document.querySelectorAll('script[type=module]').length")).isEqualTo(1);

            // Jira swaps the issue in place and announces the new content, here twice.
            page.evaluate("key => { document.getElementById('issue-content').innerHTML = window.__panel(key);"
                    + " window.__jira.trigger('panelRefreshed'); window.__jira.trigger('panelRefreshed'); }",
                    second.key());
            assertThat(page.locator("[data-issue-key=\"" + second.key() + "\"] .social-follow-button")).hasCount(1);
            assertThat(buttons).hasCount(1);

            // Content added for another reason (an inline edit started) is not Jira's issue view: left alone.
            Object mounted = page.evaluate("""
                    () => {
                      document.getElementById('issue-content').innerHTML = window.__panel('OTHER-1');
                      window.__jira.trigger('inlineEditStarted');
                      return document.querySelector('[data-social-panel]').dataset.socialMounted || 'no';
                    }""");
            assertThat(mounted).isEqualTo("no");
            tab.settle();
            tab.assertClean();
        }
    }

    /**
     * In Jira's header the bell's loader (on every page) requires the bell's web-resource only where Jira rendered its
     * link, then puts the notifications panel there: the unread count from the server, the panel on a click.
     */
    @Test
    void inJirasHeaderTheLoaderTurnsTheNotificationsLinkIntoTheBellWithTheUnreadCount() throws IOException {
        String boot = Files.readString(BOOT_SCRIPT);
        String header = Files.readString(HEADER_SCRIPT);
        String count = devhost.get("/rest/social/1.0/notifications/count", "carol").body();
        assertThat(count).as("carol has unread items in the demo").doesNotContain("\"unread\":0");
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            Page page = tab.page();
            tab.go("/");
            String main = (String) page.evaluate("() => document.querySelector('script[type=module]').src");
            String i18n = (String) page.evaluate("() => JSON.stringify(window.SOCIAL_I18N)");

            // A page without the link (an anonymous visitor's): nothing is required.
            page.navigate(main);
            page.setContent("<!DOCTYPE html><html><head><title>Jira</title></head><body></body></html>");
            page.evaluate(FAKE_JIRA_HEADER, List.of(main, boot, false, i18n));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(header));
            assertThat(page.evaluate("() => window.__required.length")).isEqualTo(0);

            page.navigate(main);
            page.setContent("<!DOCTYPE html><html><head><title>Jira</title></head><body></body></html>");
            page.evaluate(FAKE_JIRA_HEADER, List.of(main, boot, true, i18n));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(header));

            Locator trigger = page.locator("header li > .social-header-bell button.social-notify-trigger");
            assertThat(trigger).isVisible();
            assertThat(page.locator("#social-itsm-notifications")).hasCount(0);
            assertThat(page.evaluate("() => window.__required"))
                    .isEqualTo(List.of("wr!com.socialitsm.social-itsm:social-header-panel"));
            assertThat(page.locator(".social-notify-count")).hasText(java.util.regex.Pattern.compile("^[1-9]\\d*\\+?$"));
            assertThat(trigger).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Notifications, .*unread$"));
            trigger.click();
            assertThat(page.locator("#social-notify-panel")).isVisible();
            assertThat(page.locator("#social-notify-panel .social-feed-item, #social-notify-panel .social-notify-empty")
                    .first()).isVisible();

            // Evaluated again: the bell is there once.
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(header));
            assertThat(page.locator("button.social-notify-trigger")).hasCount(1);
            tab.assertClean();
        }
    }
}
