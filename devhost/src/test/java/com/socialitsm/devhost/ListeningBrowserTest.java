package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * The listening post in a real browser on the demo data: an administrator adds a Slack source on the admin page and
 * reads its URL there; a chat server (an anonymous form post, no XSRF header) posts to it; the tag page says
 * "N issues, M mentions in chat" — for dave also on a tag used only in the project he may not browse, where it
 * reads like a tag nobody used; the administrator sees the last message's excerpt and deletes the source, after which
 * its URL answers 404. Screenshots: target/screenshots/listening-*.png.
 */
@Tag("browser")
@DatabaseTest
class ListeningBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAdminAddsASourceChatIsCountedOnTheTagPageAndDeletingTheSourceClosesItsUrl() throws Exception {
        String url;
        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            Locator section = admin.page().locator("#social-admin-listening");
            assertThat(section.locator("h2")).hasText("Listening post");
            assertThat(section.locator(".social-listening-sources")).containsText("No sources yet.");
            admin.page().fill("#social-admin-listening-name", "#ops on Slack");
            admin.page().selectOption("#social-admin-listening-format", "slack");
            section.locator("#social-admin-listening-add button[type=submit]").click();
            Locator source = section.locator(".social-listening-source");
            assertThat(source.locator(".social-listening-name")).hasText("#ops on Slack");
            url = source.locator(".social-listening-url").inputValue();
            assertThat(url).startsWith(devhost.url("/rest/social/1.0/listen/"));
            admin.screenshot("listening-admin-added");
            admin.assertClean();
        }

        for (String text : new String[] {"is #SSO down for everyone?", "<@U42> yes, #sso loops here too",
                "anyone lost a laptop? #lostdevice"}) {
            HttpResponse<String> heard = devhost.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=t&channel_name=ops&user_name=steve&text="
                            + URLEncoder.encode(text, StandardCharsets.UTF_8))).build());
            assertThat(heard.statusCode()).as(heard.body()).isEqualTo(200);
        }

        int ssoIssues = JSON.readTree(devhost.get("/rest/social/1.0/hashtags/sso", "dave").body()).get("count").asInt();
        try (BrowserTab dave = chromium.tabAs(devhost, "dave")) {
            dave.go("/plugins/servlet/social/hashtags/sso");
            assertThat(dave.page().locator(".social-hashtag-stats"))
                    .hasText(ssoIssues + " issues, 2 mentions in chat");
            dave.screenshot("listening-tag-page");
            dave.go("/plugins/servlet/social/hashtags/lostdevice");
            assertThat(dave.page().locator(".social-hashtag-stats")).hasText("0 issues, 1 mention in chat");
            assertThat(dave.page().locator(".social-hashtag-issues li")).hasCount(0);
            dave.screenshot("listening-hidden-tag-page");
            dave.assertClean();
        }

        try (BrowserTab admin = chromium.tabAs(devhost, "admin")) {
            admin.go("/plugins/servlet/social/admin");
            Locator source = admin.page().locator("#social-admin-listening .social-listening-source");
            assertThat(source.locator(".social-listening-excerpt")).hasText("anyone lost a laptop? #lostdevice");
            assertThat(source.locator(".social-listening-heard")).containsText("Last message");
            admin.screenshot("listening-admin-heard");
            source.locator(".social-listening-delete").click();
            assertThat(admin.page().locator("#social-admin-listening .social-listening-sources"))
                    .containsText("No sources yet.");
            admin.assertClean();
        }
        HttpResponse<String> closed = devhost.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"#sso\"}")).build());
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(devhost.get("/rest/social/1.0/hashtags/sso", Optional.of("dave")).body())
                .get("chatter").asInt()).as("the source's chatter went with it").isZero();
    }
}
