package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * Polls in a real browser on the demo: alice (the service desk's lead, so its agent) asks an anonymous poll on the
 * polls page, carol and bob vote on the poll page and see the results as bars with their counts as text, a poll with
 * results after close hides them from a voter, and dave gets the 404 page for a poll of the project he may not see.
 * A question written as HTML stays text.
 */
@Tag("browser")
@DatabaseTest
class PollsBrowserTest {
    private static final String QUESTION = "Which hours suit you? <img src=x onerror=alert(1)>";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAgentAsksAndVotersSeeTheBarsAfterVoting() {
        String pollPath;
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/polls?project=SD");
            Locator form = tab.page().locator("form.social-poll-ask");
            assertThat(form).isVisible();
            form.locator("input[name=question]").fill(QUESTION);
            form.locator("textarea[name=options]").fill("8 to 16\n9 to 17\n10 to 18");
            form.locator("label[for=social-poll-anonymous]").click();
            assertThat(form.locator("input[name=anonymous]")).isChecked();
            tab.screenshot("flow-polls-ask");
            form.locator("button[type=submit]").click();
            tab.page().waitForURL("**/plugins/servlet/social/polls/*");
            assertThat(tab.page().locator(".social-poll-question")).hasText(QUESTION);
            assertThat(tab.page().locator(".social-poll-hidden")).hasText("Vote to see the results.");
            pollPath = java.net.URI.create(tab.page().url()).getPath();
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go(pollPath);
            tab.page().locator("label", new com.microsoft.playwright.Page.LocatorOptions().setHasText("9 to 17"))
                    .click();
            tab.page().locator("form.social-poll-vote button[type=submit]").click();
            Locator results = tab.page().locator(".social-poll-results .social-poll-result");
            assertThat(results).hasCount(3);
            assertThat(results.nth(1).locator(".social-poll-count")).hasText("1 vote (100%)");
            assertThat(results.nth(1).locator(".social-poll-mine")).hasText("your choice");
            assertThat(results.nth(1).locator(".social-poll-bar")).hasAttribute("aria-hidden", "true");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            tab.go(pollPath);
            tab.page().locator("label", new com.microsoft.playwright.Page.LocatorOptions().setHasText("8 to 16"))
                    .click();
            tab.page().locator("form.social-poll-vote button[type=submit]").click();
            Locator results = tab.page().locator(".social-poll-results .social-poll-result");
            assertThat(results.nth(0).locator(".social-poll-count")).hasText("1 vote (50%)");
            assertThat(results.nth(1).locator(".social-poll-count")).hasText("1 vote (50%)");
            assertThat(results.nth(2).locator(".social-poll-count")).hasText("0 votes (0%)");
            assertThat(tab.page().locator(".social-poll-meta")).containsText("2 voters");
            Double width = (Double) tab.page().evaluate(
                    "() => document.querySelector('.social-poll-result .social-poll-bar-fill').getBoundingClientRect().width"
                            + " / document.querySelector('.social-poll-result .social-poll-bar').getBoundingClientRect().width");
            assertThat(width).isBetween(0.45, 0.55);
            tab.screenshot("flow-polls-results");
            tab.go("/plugins/servlet/social/polls?project=SD");
            assertThat(tab.page().locator(".social-poll-line").first()).containsText("You voted");
            tab.screenshot("flow-polls-list");
            tab.assertClean();
        }
    }

    @Test
    void resultsAfterCloseStayHiddenAndAHiddenProjectsPollIsNotFound() throws Exception {
        String afterClose = ask("alice", "SD", true);
        String secret = ask("bob", "SEC", false);
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/plugins/servlet/social/polls/" + afterClose);
            // AUI draws its own box over the input: a person (and the test) clicks the label.
            tab.page().locator("label[for=social-poll-option-0]").click();
            tab.page().locator("label[for=social-poll-option-1]").click();
            tab.page().locator("form.social-poll-vote button[type=submit]").click();
            assertThat(tab.page().locator("form.social-poll-vote button[type=submit]")).hasText("Change vote");
            assertThat(tab.page().locator(".social-poll-hidden"))
                    .hasText("The results are shown when the poll closes.");
            assertThat(tab.page().locator(".social-poll-results")).hasCount(0);
            tab.screenshot("flow-polls-after-close");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            assertThat(tab.page().navigate(devhost.origin() + "/plugins/servlet/social/polls/" + secret).status())
                    .isEqualTo(404);
        }
    }

    private static String ask(String user, String project, boolean multipleAndAfterClose) throws Exception {
        HttpResponse<String> created = devhost.json("POST", "/rest/social/1.0/polls", user,
                "{\"project\": \"" + project + "\", \"question\": \"Move the stand-up?\", \"options\": [\"Yes\", \"No\","
                        + " \"Maybe\"], \"multiple\": " + multipleAndAfterClose + ", \"resultsAfterClose\": "
                        + multipleAndAfterClose + ", \"closesAt\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body()).path("id").asText();
    }
}
