package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * A right-to-left override (U+202E) in user text flips only that text, never the page around it: an issue summary
 * and a question title holding one are shown isolated (dir="auto", so the browser gives them unicode-bidi: isolate)
 * by the app's scripts (core.js's el()) and by the demo tracker's templates (the #userText macro), and the text that
 * follows them on the same line still reads left to right. Screenshots: target/screenshots/bidi-*.png.
 */
@Tag("browser")
@DatabaseTest
class BidiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVERRIDE = "abc\u202Edef";
    /** Questions need 10 characters at least. */
    private static final String TITLE = "Why " + OVERRIDE + " now?";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** The element's dir attribute and computed unicode-bidi. */
    private static List<String> isolation(Locator element) {
        return List.of(String.valueOf(element.getAttribute("dir")),
                String.valueOf(element.evaluate("e => getComputedStyle(e).unicodeBidi")));
    }

    /**
     * The left edges of the element's visible characters as laid out, in text order: increasing when the text reads
     * left to right, decreasing where an override flipped it.
     */
    @SuppressWarnings("unchecked")
    private static List<Number> characterLefts(Locator element) {
        return (List<Number>) element.evaluate("""
                e => {
                  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                  const lefts = [];
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let i = 0; i < node.data.length; i++) {
                      if (!node.data[i].trim()) continue;
                      const range = document.createRange();
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      lefts.push(range.getBoundingClientRect().left);
                    }
                  }
                  return lefts;
                }""");
    }

    private static void assertReadsLeftToRight(String what, Locator element) {
        List<Number> lefts = characterLefts(element);
        assertThat(lefts).as(what + ": characters laid out").hasSizeGreaterThan(2);
        for (int i = 1; i < lefts.size(); i++) {
            assertThat(lefts.get(i).doubleValue()).as(what + " reads left to right: " + lefts)
                    .isGreaterThan(lefts.get(i - 1).doubleValue());
        }
    }

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    @Test
    void aRightToLeftOverrideInASummaryOrTitleFlipsNothingAroundIt() throws Exception {
        ObjectNode fields = JSON.createObjectNode();
        fields.putObject("project").put("key", "SD");
        fields.put("summary", OVERRIDE + " #bidiprobe");
        fields.putObject("issuetype").put("name", "Incident");
        ObjectNode create = JSON.createObjectNode();
        create.set("fields", fields);
        String key = created(devhost.json("POST", "/rest/api/2/issue", "alice", JSON.writeValueAsString(create)))
                .path("key").asText();
        created(devhost.json("POST", "/rest/social/1.0/questions", "carol", JSON.writeValueAsString(
                Map.of("title", TITLE, "body", "Why?", "issueKey", key))));

        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            // The tag page (core.js): the summary, then on the same line the status and when it was tagged.
            tab.go("/plugins/servlet/social/hashtags/bidiprobe");
            Locator row = tab.page().locator(".social-hashtag-issue").first();
            row.locator(".social-hashtag-issue-when").waitFor();
            tab.screenshot("bidi-hashtag-page");
            assertThat(isolation(row.locator(".social-hashtag-issue-summary"))).containsExactly("auto", "isolate");
            assertReadsLeftToRight("the status after the summary", row.locator(".aui-lozenge"));
            assertReadsLeftToRight("the time after the summary", row.locator(".social-hashtag-issue-when"));

            // The issue view: the summary (template) and the question's title (core.js).
            tab.go("/browse/" + key);
            Locator title = tab.page().locator("[data-social-panel='issue-questions'] .social-qa-title").first();
            title.waitFor();
            tab.screenshot("bidi-issue");
            assertThat(isolation(tab.page().locator("#summary-val bdi"))).containsExactly("auto", "isolate");
            assertThat(tab.page().textContent("#summary-val")).isEqualTo(OVERRIDE + " #bidiprobe");
            assertThat(isolation(title)).containsExactly("auto", "isolate");
            assertThat(title.textContent()).isEqualTo(TITLE);

            // The dashboard (template): the summary in its cell, the people after it in theirs.
            tab.go("/?filter=all");
            Locator summary = tab.page().locator(".devhost-col-summary bdi", new com.microsoft.playwright.Page
                    .LocatorOptions().setHasText("#bidiprobe")).first();
            assertThat(isolation(summary)).containsExactly("auto", "isolate");
            tab.assertClean();
        }
    }
}
