package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.socialitsm.devhost.DevHostExtension.parse;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.socialitsm.testing.DatabaseTest;

/**
 * "Thank the agent" on the portal page, where Jira's portal shows it (JSM DC has no location on the request view, so
 * the app's panel sits in servicedesk.portal.footer): erin's resolved request is listed with a thanks form, her open
 * one is not; she thanks alice (its first responder) from there. frank, with no resolved request, and alice, an agent,
 * get no panel.
 */
@Tag("browser")
@DatabaseTest
class PortalThanksListBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(false);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static String raise(long portalId, String requestTypeId, String summary) {
        HttpResponse<String> created = devhost.json("POST", "/rest/servicedeskapi/request", "erin",
                "{\"serviceDeskId\": \"" + portalId + "\", \"requestTypeId\": \"" + requestTypeId + "\","
                        + " \"requestFieldValues\": {\"summary\": \"" + summary + "\", \"description\": \"Help.\"}}");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).path("issueKey").asText();
    }

    @Test
    void aCustomerThanksTheAgentForAResolvedRequestFromThePortalPage() {
        long portalId = parse(devhost.json("GET", "/rest/social/1.0/portal/portals", "erin", null)).get(0).path("id")
                .asLong();
        String requestType = parse(devhost.json("GET", "/rest/servicedeskapi/servicedesk/" + portalId
                + "/requesttype", "erin", null)).path("values").get(0).path("id").asText();
        String resolved = raise(portalId, requestType, "Printer on floor 3 jams");
        String open = raise(portalId, requestType, "Monitor flickers");
        devhost.json("POST", "/rest/api/2/issue/" + resolved + "/comment", "alice",
                "{\"body\": \"Cleared the jam and replaced the roller.\"}");
        org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/api/2/issue/" + resolved
                + "/transitions", "alice", "{\"transition\": {\"name\": \"Resolve\"}}").statusCode()).isEqualTo(204);
        String portalPage = "/servicedesk/customer/portal/" + portalId;

        try (BrowserTab erin = chromium.tabAs(devhost, "erin")) {
            erin.go(portalPage);
            Locator panel = erin.page().locator("[data-social-panel=portal-thanks-list]");
            Locator items = panel.locator(".social-thanks-item");
            assertThat(items).hasCount(1);
            assertThat(items.locator(".social-thanks-request-link")).hasText("Printer on floor 3 jams");
            assertThat(items.locator(".social-thanks-request-key")).hasText(resolved);
            org.assertj.core.api.Assertions.assertThat(panel.textContent()).doesNotContain(open);
            items.getByLabel("A message for the agent about " + resolved + " (optional)")
                    .fill("Thank you, it prints again!");
            panel.scrollIntoViewIfNeeded();
            erin.screenshot("portal-thanks-list");
            items.locator("button.social-thanks-send").click();
            assertThat(items.locator(".social-thanks-sent")).hasText("Thanks sent");
            erin.assertClean();

            erin.go(portalPage);
            items.locator("button.social-thanks-send").click();
            assertThat(items.locator(".social-thanks-sent")).hasText("Thanks sent");
        }
        org.assertj.core.api.Assertions.assertThat(devhost.json("POST", "/rest/social/1.0/portal/requests/" + resolved
                + "/thanks", "erin", "{}").statusCode()).as("thanked once").isEqualTo(409);

        for (String other : new String[] {"frank", "alice"}) {
            try (BrowserTab tab = chromium.tabAs(devhost, other)) {
                tab.go(portalPage);
                assertThat(tab.page().locator("[data-social-panel=portal-questions] section").first()).isVisible();
                assertThat(tab.page().locator(".social-thanks-item")).hasCount(0);
                assertThat(tab.page().locator("[data-social-panel=portal-thanks-list]")).isHidden();
                tab.assertClean();
            }
        }
    }
}
