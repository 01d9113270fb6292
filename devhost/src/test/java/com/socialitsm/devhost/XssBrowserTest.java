package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import com.socialitsm.testing.DatabaseTest;

/**
 * Stored XSS and template injection, end to end: XSS payloads go into every user-supplied field through the REST
 * APIs (basic auth, as a script would), then every page that shows them is opened in a real browser (Debian's
 * Chromium through Playwright). A payload that ran would set {@code window.__xss}, open a dialog or throw; a field
 * that was silently not rendered would miss its marker text. Plus the XSRF rule for cookie sessions over HTTP.
 */
@Tag("browser")
@DatabaseTest
class XssBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each one sets window.__xss if it ever runs; the template ones would show 49 or vanish if evaluated. */
    static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg onload=window.__xss=1>",
            "\"><script>window.__xss=1</script>",
            "[x](javascript:window.__xss=1)",
            "<a href=\"javascript:window.__xss=1\">x</a>",
            "{{7*7}}",
            "$!{7*7}",
            "#set($x=1)");
    static final String ALL = String.join(" ", PAYLOADS);
    /** Text that must be visible wherever the field is rendered: the raw markup shown as text, not parsed. */
    static final String VISIBLE_MARKUP = "<svg onload=window.__xss=1>";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One page to open, and the marker text that proves its user-supplied fields were rendered (or null). */
    private record Check(String name, String path, List<String> mustShow) {
    }

    @Test
    void payloadsInEveryUserFieldAreShownAsTextAndNeverRun() {
        // Issue summary, description and a comment through the demo tracker's Jira REST.
        ObjectNode fields = JSON.createObjectNode();
        fields.putObject("project").put("key", "SD");
        fields.put("summary", "XSSSUMMARY #xssprobe " + ALL);
        fields.put("description", "XSSDESCRIPTION " + ALL);
        fields.putObject("issuetype").put("name", "Incident");
        ObjectNode create = JSON.createObjectNode();
        create.set("fields", fields);
        String key = ok(devhost.json("POST", "/rest/api/2/issue", "alice", json(create)), 201).path("key").asText();
        ok(devhost.json("POST", "/rest/api/2/issue/" + key + "/comment", "bob",
                json(Map.of("body", "XSSCOMMENT #xssprobe " + ALL))), 201);

        // A manual hashtag: the grammar refuses markup outright, and accepts odd (non-ASCII, mixed-case) letters.
        HttpResponse<String> markupTag = devhost.json("POST", "/rest/social/1.0/hashtags/issue/" + key, "alice",
                json(Map.of("tags", List.of("<svg onload=window.__xss=1>"))));
        assertThat(markupTag.statusCode()).as(markupTag.body()).isEqualTo(400);
        ok(devhost.json("POST", "/rest/social/1.0/hashtags/issue/" + key, "alice",
                json(Map.of("tags", List.of("XssÜmlaut_Ωtag")))), 200);

        // Kudos message, question title and body, answer body.
        ok(devhost.json("POST", "/rest/social/1.0/kudos", "alice",
                json(Map.of("to", "bob", "issueKey", key, "message", "XSSKUDOS " + ALL))), 201);
        String title = "XSSTITLE <svg onload=window.__xss=1> \"><script>window.__xss=1</script> {{7*7}} $!{7*7}";
        long question = ok(devhost.json("POST", "/rest/social/1.0/questions", "carol",
                json(Map.of("title", title, "body", "XSSQBODY " + ALL, "issueKey", key))), 201).path("id").asLong();
        ok(devhost.json("POST", "/rest/social/1.0/questions/" + question + "/answers", "bob",
                json(Map.of("body", "XSSANSWER " + ALL))), 201);

        List<Check> checks = List.of(
                new Check("issue", "/browse/" + key, List.of("XSSSUMMARY", "XSSDESCRIPTION", "XSSCOMMENT",
                        "XssÜmlaut_Ωtag", VISIBLE_MARKUP, "{{7*7}}", "$!{7*7}", "#set($x=1)")),
                new Check("feed", "/plugins/servlet/social/feed", List.of("XSSSUMMARY", VISIBLE_MARKUP)),
                new Check("hashtag", "/plugins/servlet/social/hashtags/xssprobe", List.of("XSSSUMMARY", VISIBLE_MARKUP)),
                new Check("hashtag-display", "/plugins/servlet/social/hashtags/xssümlaut_ωtag",
                        List.of("XSSSUMMARY")),
                new Check("questions", "/plugins/servlet/social/questions", List.of("XSSTITLE", VISIBLE_MARKUP)),
                new Check("question", "/plugins/servlet/social/questions/" + question,
                        List.of("XSSTITLE", "XSSQBODY", "XSSANSWER", VISIBLE_MARKUP)),
                new Check("user", "/plugins/servlet/social/users/bob", List.of("XSSKUDOS", VISIBLE_MARKUP, "{{7*7}}")),
                new Check("leaderboard", "/plugins/servlet/social/leaderboard", List.of()),
                new Check("dashboard", "/", List.of("XSSSUMMARY", VISIBLE_MARKUP)));

        Map<String, Integer> javascriptLinksClicked = new LinkedHashMap<>();
        // alice, the reporter: follows the issue, so its activity is in her feed
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            Page page = tab.page();
            List<String> dialogs = tab.dialogs();
            List<String> pageErrors = tab.pageErrors();
            for (Check check : checks) {
                tab.go(check.path());
                for (String text : check.mustShow()) {
                    // Panels render after their REST call; wait until the text shows (fails after the timeout).
                    try {
                        page.waitForFunction("t => document.body.innerText.includes(t)", text,
                                new Page.WaitForFunctionOptions().setTimeout(15_000));
                    } catch (com.microsoft.playwright.TimeoutError e) {
                        tab.screenshot("xss-" + check.name() + "-missing");
                        throw new AssertionError(check.name() + ": the field text '" + text + "' is not shown on "
                                + check.path() + "; the page shows: " + page.locator("body").innerText(), e);
                    }
                }
                tab.screenshot("xss-" + check.name());
                Locator jsLinks = page.locator("a[href^='javascript:' i], a[href^=' javascript:' i]");
                int count = jsLinks.count();
                for (int i = 0; i < count; i++) {
                    // A click event follows the link wherever it is (also an SVG <a>), as a user's click would.
                    jsLinks.nth(i).dispatchEvent("click");
                }
                javascriptLinksClicked.put(check.name(), count);
                page.waitForTimeout(200);
                assertThat(page.evaluate("() => window.__xss === undefined")).as(check.name() + ": window.__xss")
                        .isEqualTo(true);
                assertThat(page.evaluate("() => [...document.scripts].some(s => s.textContent.includes('__xss'))"
                        + " || document.querySelectorAll('[onerror], [onload]').length > 0"))
                        .as(check.name() + ": injected script or event handler in the DOM").isEqualTo(false);
                assertThat(dialogs).as(check.name() + ": dialogs").isEmpty();
                assertThat(pageErrors).as(check.name() + ": page errors").isEmpty();
            }
        }
        System.out.println("XSS pages checked: " + javascriptLinksClicked.keySet() + ", javascript: links clicked: "
                + javascriptLinksClicked);
    }

    @Test
    void aCookieSessionFormPostToTheAppsRestNeedsTheXsrfHeader() throws Exception {
        String cookie = devhost.login("alice");
        HttpRequest.Builder forged = devhost.request("/rest/social/1.0/kudos")
                .header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> refused = devhost.send(forged
                .POST(HttpRequest.BodyPublishers.ofString("to=bob&issueKey=SD-1&message=forged")).build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("xsrf_check_failed");

        HttpResponse<String> noCheck = devhost.send(devhost.request("/rest/social/1.0/kudos")
                .header("Cookie", "SOCIALITSM_SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("to=bob&issueKey=SD-1&message=forged")).build());
        assertThat(noCheck.statusCode()).as(noCheck.body()).isNotEqualTo(403);
    }
}
