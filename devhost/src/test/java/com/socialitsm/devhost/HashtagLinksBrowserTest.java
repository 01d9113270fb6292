package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.web.page.FrontEndLimits;

/**
 * Hashtags are links wherever an issue's text shows them (#16.1): in the devhost's issue view, where the extractor
 * finds a tag in the description and the comments (not in {code}, {{monospace}} or a URL), clicking one lands on its
 * tag page; in Jira, the issue-view script (jira-plugin js/social-issue-text.js) does the same for the HTML Jira
 * renders, leaving pre, code, tt and links alone, and again when Jira adds content. Hostile text stays text.
 */
@Tag("browser")
@DatabaseTest
class HashtagLinksBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "#<img src=x onerror=alert(1)> \"#x'\"><img src=x onerror=alert(2)>";
    private static final String DESCRIPTION = "Mail is down for #email and #Mobile users.\n"
            + "{code}#include <stdio.h>{code} see https://wiki.example.org/page#anchor and {{#monospace}}\n" + HOSTILE;
    private static final String COMMENT = "Seen after the #badgefirmware update; not #123.";

    private static final Path ISSUE_TEXT_SCRIPT = Path.of("..", "jira-plugin", "src", "main", "resources", "js",
            "social-issue-text.js");
    private static final Path BOOT_SCRIPT = Path.of("..", "jira-plugin", "src", "main", "resources", "js",
            "social-boot.js");
    /**
     * What Jira gives the scripts: WRM's data for the boot (main.js and the limits, as SocialBootDataProvider writes
     * them), and its event bus (JIRA.bind, JIRA.Events).
     */
    private static final String FAKE_JIRA = """
            ([main, limits]) => {
              const handlers = [];
              window.__jira = { trigger: (node, reason) => handlers.forEach((h) => h({},
                { jquery: '3.5.1', toArray: () => [node] }, reason)) };
              window.JIRA = {
                bind: (type, handler) => { if (type === 'newContentAdded') handlers.push(handler); },
                Events: { NEW_CONTENT_ADDED: 'newContentAdded' },
                CONTENT_ADDED_REASON: { pageLoad: 'pageLoad', panelRefreshed: 'panelRefreshed' },
              };
              window.WRM = { data: { claim: (key) => key === 'com.socialitsm.social-itsm:social-boot.boot'
                ? { main, i18n: {}, limits: JSON.parse(limits) } : undefined } };
            }""";
    /** Jira's rendered issue view, as its wiki renderer writes it: {{monospace}} as tt, {noformat} as pre, links. */
    private static final String JIRA_ISSUE = """
            <div id="description-val" class="field-ignore-highlight editable-field inactive">
              <div class="user-content-block"><p>Rendered #jiratext with <tt>#monospace</tt>, a
                <a href="https://wiki.example.org/page#anchor">#linked</a> and <b>#bold</b> word.</p>
                <div class="preformatted panel"><div class="preformattedContent panelContent"><pre>#noformat</pre></div></div>
                <div class="code panel"><div class="codeContent panelContent"><pre class="code-java"><code>#include</code></pre></div></div>
              </div>
            </div>
            <div id="issue_actions_container"></div>""";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static String createIssueWithComment() throws IOException {
        String issue = JSON.writeValueAsString(Map.of("fields", Map.of("project", Map.of("key", "SD"),
                "summary", "Mail down on phones", "description", DESCRIPTION, "issuetype", Map.of("name", "Incident"))));
        var created = devhost.json("POST", "/rest/api/2/issue", "alice", issue);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = JSON.readTree(created.body()).path("key").asText();
        var commented = devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob",
                JSON.writeValueAsString(Map.of("body", COMMENT)));
        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);
        return key;
    }

    private static Locator links(Locator container) {
        return container.locator("a.social-hashtag-link");
    }

    @Test
    void aHashtagInAnIssuesDescriptionOrCommentIsALinkToItsTagPageExactlyWhereTheExtractorFindsIt() throws IOException {
        String key = createIssueWithComment();
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            Page page = tab.page();
            tab.go("/browse/" + key);
            Locator description = page.locator("#description-val");
            Locator comment = page.locator(".devhost-comment-body", new Page.LocatorOptions().setHasText("badgefirmware"));

            // Code, monospace, the URL's anchor and a sign before markup are not tags; #x between quotes is one, and
            // the quotes and markup around it stay text, as written.
            assertThat(links(description)).hasText(new String[] {"#email", "#Mobile", "#x"});
            assertThat(links(description).first()).hasAttribute("href", "/plugins/servlet/social/hashtags/email");
            assertThat(links(description).nth(1)).hasAttribute("href", "/plugins/servlet/social/hashtags/mobile");
            assertThat(description).hasText(DESCRIPTION);
            assertThat(description.locator("img")).hasCount(0);
            assertThat(links(comment)).hasText(new String[] {"#badgefirmware"});
            assertThat(comment).hasText(COMMENT);
            tab.assertClean();

            links(description).first().click();
            page.waitForURL(devhost.url("/plugins/servlet/social/hashtags/email"));
            assertThat(page.locator("[data-social-panel=hashtag-page] h2")).hasText("#email");

            page.goBack();
            links(page.locator(".devhost-comment-body", new Page.LocatorOptions().setHasText("badgefirmware")))
                    .first().click();
            page.waitForURL(devhost.url("/plugins/servlet/social/hashtags/badgefirmware"));
            assertThat(page.locator("[data-social-panel=hashtag-page] h2")).hasText("#badgefirmware");
            tab.settle();
            tab.assertClean();
        }
    }

    @Test
    void inJiraTheRenderedDescriptionAndCommentsGetLinksAndNewCommentsGetThemWhenJiraAnnouncesThem() throws IOException {
        String issueText = Files.readString(ISSUE_TEXT_SCRIPT);
        String boot = Files.readString(BOOT_SCRIPT);
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            Page page = tab.page();
            // A document of the devhost's origin without the pages' CSP (main.js itself), standing in for Jira's page.
            tab.go("/");
            String main = (String) page.evaluate("() => document.querySelector('script[type=module]').src");
            page.navigate(main);
            page.setContent("<!DOCTYPE html><html><head><title>Jira</title></head><body><div id=\"issue-content\">"
                    + JIRA_ISSUE + "</div></body></html>");
            page.evaluate(FAKE_JIRA, List.of(main, FrontEndLimits.toScriptJson()));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(boot));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(issueText));

            Locator description = page.locator("#description-val");
            assertThat(links(description)).hasText(new String[] {"#jiratext", "#bold"});
            assertThat(description.locator("tt, pre, code, a:not(.social-hashtag-link)")).hasText(new String[] {
                "#monospace", "#linked", "#noformat", "#include", "#include"});

            // Jira adds a comment (its body given as text here) and announces it; evaluating the script again binds
            // no second listener.
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(issueText));
            page.evaluate("""
                    (text) => {
                      const comment = document.createElement('div');
                      comment.className = 'activity-comment';
                      const body = document.createElement('div');
                      body.className = 'action-body flooded';
                      body.textContent = text;
                      comment.append(body);
                      document.getElementById('issue_actions_container').append(comment);
                      window.__jira.trigger(comment, 'commentAdded');
                    }""", "New on #firmware " + HOSTILE);
            Locator newComment = page.locator(".activity-comment .action-body");
            assertThat(links(newComment)).hasText(new String[] {"#firmware", "#x"});
            assertThat(newComment).hasText("New on #firmware " + HOSTILE);
            assertThat(newComment.locator("img")).hasCount(0);
            assertThat(links(description)).hasCount(2);

            Object sent = page.evaluate("() => performance.getEntriesByType('resource')"
                    + ".filter((e) => e.name.endsWith('/hashtags/ranges')).length");
            assertThat(((Number) sent).intValue()).as("one request per new content: page load, then the comment").isEqualTo(2);
            tab.settle();
            tab.assertClean();
        }
    }
}
