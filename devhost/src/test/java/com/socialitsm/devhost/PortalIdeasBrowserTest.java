package com.socialitsm.devhost;

import static com.socialitsm.devhost.DevHostExtension.parse;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * Idea boards on the customer portal in a real browser (#19): carol's idea on SD's board is not on the portal until
 * alice, an agent of SD, ticks "open this board to the customer portal" on the board page; then erin, a portal-only
 * customer, sees it on SD's portal page, reads its description and votes; the vote counts on the board inside.
 */
@Tag("browser")
@DatabaseTest
class PortalIdeasBrowserTest {

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAgentOpensTheBoardToThePortalAndACustomerVotes() {
        String title = "Chat with the service desk on the portal";
        HttpResponse<String> created = devhost.json("POST", "/rest/social/1.0/ideas", "carol",
                "{\"project\": \"SD\", \"title\": \"" + title + "\", \"body\": \"Like **a messenger**.\"}");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long ideaId = parse(created).path("id").asLong();
        long portalId = parse(devhost.get("/rest/social/1.0/portal/portals", "erin")).path(0).path("id").asLong();
        String portalPage = "/servicedesk/customer/portal/" + portalId;

        org.assertj.core.api.Assertions.assertThat(devhost.get("/rest/social/1.0/portal/" + portalId + "/ideas",
                "erin").statusCode()).as("closed to the portal").isEqualTo(404);
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/ideas?project=SD");
            Locator open = tab.page().locator("#social-idea-portal-open");
            assertThat(open).not().isChecked();
            open.check();
            assertThat(tab.page().locator(".aui-flag, .social-flash")
                    .filter(new Locator.FilterOptions().setHasText("now see this board")).first()).isVisible();
            tab.page().reload();
            assertThat(tab.page().locator("#social-idea-portal-open")).isChecked();
            tab.screenshot("flow-idea-board-portal-switch");
            tab.assertClean();
        }
        try (BrowserTab tab = chromium.tabAs(devhost, "erin")) {
            tab.go(portalPage);
            Locator idea = tab.page().locator(".social-portal-idea", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(title));
            assertThat(idea).hasCount(1);
            idea.locator("button.social-portal-idea-vote").click();
            assertThat(idea.locator("button.social-portal-idea-vote")).hasAttribute("aria-pressed", "true");
            assertThat(idea.locator("button.social-portal-idea-vote")).containsText("1");
            idea.locator("button.social-portal-idea-title").click();
            assertThat(idea.locator(".social-idea-body strong")).hasText("a messenger");
            assertThat(idea.locator(".social-portal-idea-details")).hasText("Like a messenger.");
            tab.screenshot("portal-ideas");
            tab.assertClean();
        }
        org.assertj.core.api.Assertions.assertThat(parse(devhost.get("/rest/social/1.0/ideas/" + ideaId, "carol"))
                .path("votes").asInt()).isEqualTo(1);
    }
}
