package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * The portal's community Q&amp;A in a real browser: alice (an agent) publishes an answer of the agents' internal Q&amp;A
 * to SD's portal under a title for customers; erin types a question and sees it among the similar ones, then asks
 * another (with a script tag in it); frank answers; alice marks frank's answer verified on the portal page; erin sees
 * "Verified" and no one's name. The internal question's text (a marker) is on no portal page.
 */
@Tag("browser")
@DatabaseTest
class PortalQuestionsBrowserTest {
    private static final String MARKER = "zqxqamarker";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static Locator question(BrowserTab tab, String title) {
        return tab.page().locator(".social-portal-question").filter(new Locator.FilterOptions().setHas(
                tab.page().locator(".social-portal-question-title", new com.microsoft.playwright.Page.LocatorOptions()
                        .setHasText(title))));
    }

    @Test
    void customersAskAndAnswerAnAgentVerifiesAndPublishesAnInternalAnswer() throws Exception {
        long portal = JSON.readTree(devhost.get("/rest/social/1.0/portal/portals", "erin").body()).get(0).path("id")
                .asLong();
        String portalPage = "/servicedesk/customer/portal/" + portal;
        long internal = created(devhost.json("POST", "/rest/social/1.0/questions", "alice",
                "{\"title\": \"Runbook " + MARKER + ": VPN token renewal\", \"body\": \"Internal " + MARKER
                        + "\", \"project\": \"SD\"}")).path("id").asLong();
        long internalAnswer = created(devhost.json("POST", "/rest/social/1.0/questions/" + internal + "/answers",
                "alice", "{\"body\": \"Open the **token app** and press renew.\"}")).path("id").asLong();
        created(devhost.json("POST", "/rest/social/1.0/portal/answers/" + internalAnswer + "/publish", "alice",
                "{\"title\": \"How do I renew my VPN token?\"}"));
        org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/social/1.0/portal/answers/"
                + internalAnswer + "/publish", "erin", "{\"title\": \"How do I renew my VPN token?\"}").statusCode())
                .isEqualTo(403);

        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            Locator panel = erin.page().locator("[data-social-panel=portal-questions]");
            Locator published = question(erin, "How do I renew my VPN token?");
            assertThat(published.locator(".social-portal-qa-verified")).hasText("Verified");
            assertThat(published.locator(".social-portal-answer-body strong")).hasText("token app");
            // The published question and its answer: both by agents, no names.
            assertThat(published.locator(".social-portal-qa-agent")).hasCount(2);
            assertThat(published.locator(".social-portal-qa-author")).hasCount(0);

            panel.getByLabel("Your question").pressSequentially("VPN token expired",
                    new Locator.PressSequentiallyOptions().setDelay(30));
            Locator similar = panel.locator(".social-portal-similar-list li");
            assertThat(similar).hasCount(1);
            assertThat(similar.locator("a")).hasText("How do I renew my VPN token?");
            erin.screenshot("portal-qa-similar");

            panel.getByLabel("Your question").fill("Where is the <script>wifi</script> password?");
            panel.getByLabel("Details (optional)").fill("For the guest network, **please**.");
            panel.locator("button.social-portal-ask-send").click();
            Locator asked = question(erin, "Where is the <script>wifi</script> password?");
            assertThat(asked).hasCount(1);
            assertThat(asked.locator(".social-portal-question-body strong")).hasText("please");
            assertThat(asked.locator(".social-portal-qa-count")).hasText("No answers yet.");
            erin.assertClean();
        }

        try (BrowserTab frank = chromium.tabAs(devhost, "frank")) {
            frank.go(portalPage);
            Locator asked = question(frank, "Where is the <script>wifi</script> password?");
            asked.getByLabel("Your answer").fill("On the poster by the reception.");
            asked.locator("button.social-portal-answer-send").click();
            assertThat(asked.locator(".social-portal-answer")).hasCount(1);
            assertThat(asked.locator(".social-portal-qa-count")).hasText("1 answer");
            assertThat(asked.locator("button.social-portal-qa-verify")).hasCount(0);
            frank.assertClean();
        }

        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go(portalPage);
            Locator asked = question(alice, "Where is the <script>wifi</script> password?");
            assertThat(asked.locator(".social-portal-qa-author").first()).hasText("Erin Walsh");
            asked.locator("button.social-portal-qa-verify").click();
            assertThat(asked.locator(".social-portal-qa-verified")).hasText("Verified");
            assertThat(asked.locator("button.social-portal-qa-verify")).hasText("Remove verification");
            alice.screenshot("portal-qa-agent");
            alice.assertClean();
        }

        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            Locator asked = question(erin, "Where is the <script>wifi</script> password?");
            assertThat(asked.locator(".social-portal-qa-verified")).hasText("Verified");
            assertThat(asked.locator(".social-portal-answer-body")).hasText("On the poster by the reception.");
            assertThat(erin.page().locator(".social-portal-qa-author")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(erin.page().content()).doesNotContainIgnoringCase(MARKER);
            erin.page().locator("[data-social-panel=portal-questions]").scrollIntoViewIfNeeded();
            erin.screenshot("portal-qa-customer");
            erin.assertClean();
        }
    }

    /**
     * "Publish to portal" on the agents' Q&amp;A page: alice publishes an internal answer under a title for customers
     * and follows the result link to the portal's question; publishing it again updates that question. A question in
     * a project without a portal (SEC) offers no such button.
     */
    @Test
    void anAgentPublishesAnInternalAnswerFromTheQaPage() throws Exception {
        long internal = created(devhost.json("POST", "/rest/social/1.0/questions", "alice",
                "{\"title\": \"Runbook " + MARKER + ": printer queue reset\", \"body\": \"Internal " + MARKER
                        + "\", \"project\": \"SD\"}")).path("id").asLong();
        created(devhost.json("POST", "/rest/social/1.0/questions/" + internal + "/answers", "bob",
                "{\"body\": \"Open **Printers**, pick the printer, press *Clear queue*.\"}"));
        long secQuestion = created(devhost.json("POST", "/rest/social/1.0/questions", "alice",
                "{\"title\": \"Who rotates the SIEM keys?\", \"project\": \"SEC\"}")).path("id").asLong();
        created(devhost.json("POST", "/rest/social/1.0/questions/" + secQuestion + "/answers", "alice",
                "{\"body\": \"The security team, monthly.\"}"));

        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go("/plugins/servlet/social/questions/" + secQuestion);
            assertThat(alice.page().locator(".social-qa-answer")).hasCount(1);
            assertThat(alice.page().locator("button.social-qa-publish-open")).hasCount(0);

            alice.go("/plugins/servlet/social/questions/" + internal);
            Locator answer = alice.page().locator(".social-qa-answer");
            answer.locator("button.social-qa-publish-open").click();
            answer.getByLabel("The question as customers would ask it").fill("How do I clear a stuck print job?");
            alice.screenshot("portal-qa-publish-form");
            answer.locator("button.social-qa-publish-submit").click();
            Locator link = answer.locator("a.social-qa-published-link");
            assertThat(link).hasText("How do I clear a stuck print job?");
            alice.screenshot("portal-qa-published");
            alice.assertClean();
            String firstHref = link.getAttribute("href");

            link.click();
            alice.settle();
            Locator published = question(alice, "How do I clear a stuck print job?");
            assertThat(published).hasCount(1);
            assertThat(published.locator(".social-portal-answer-body strong")).hasText("Printers");
            assertThat(published.locator(".social-portal-qa-verified")).hasText("Verified");
            alice.assertClean();

            // Publishing it again updates the same portal question (a new title), no second copy.
            alice.go("/plugins/servlet/social/questions/" + internal);
            answer.locator("button.social-qa-publish-open").click();
            answer.getByLabel("The question as customers would ask it").fill("How do I clear a stuck printer queue?");
            answer.locator("button.social-qa-publish-submit").click();
            assertThat(link).hasText("How do I clear a stuck printer queue?");
            org.assertj.core.api.Assertions.assertThat(link.getAttribute("href")).isEqualTo(firstHref);
            alice.assertClean();
        }
        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            long portal = JSON.readTree(devhost.get("/rest/social/1.0/portal/portals", "erin").body()).get(0)
                    .path("id").asLong();
            erin.go("/servicedesk/customer/portal/" + portal);
            assertThat(question(erin, "How do I clear a stuck printer queue?")).hasCount(1);
            assertThat(question(erin, "How do I clear a stuck print job?")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(erin.page().content()).doesNotContainIgnoringCase(MARKER);
        }
    }
}
