package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * The notification and mention flows in a real browser: bob mentions {@code @alice} in a comment; alice sees the
 * unread count in the header, opens the panel, follows the link to the issue and marks everything read. And the
 * "what I follow" page: unfollow and mute. Screenshots: target/screenshots/flow-notifications*.png,
 * flow-following.png.
 */
@Tag("browser")
@DatabaseTest
class NotificationsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void bobMentionsAliceWhoSeesTheCountOpensThePanelFollowsTheLinkAndMarksRead() throws Exception {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        var read = devhost.json("POST", "/rest/social/1.0/notifications/read", "alice",
                "{\"upTo\": 9000000000000000000}");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/");
            Locator trigger = tab.page().locator("button.social-notify-trigger");
            assertThat(trigger).isVisible();
            assertThat(trigger).hasAttribute("aria-label", "Notifications, none unread");
            assertThat(tab.page().locator(".social-notify-count")).isHidden();

            var commented = devhost.json("POST", "/rest/api/2/issue/" + issue.key() + "/comment", "bob",
                    JSON.writeValueAsString(Map.of("body", "@alice could you look at the FRA-01 graphs?")));
            assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);

            tab.go("/plugins/servlet/social/questions");
            Locator count = tab.page().locator(".social-notify-count");
            assertThat(count).isVisible();
            assertThat(count).hasText(Pattern.compile("^[1-9]\\d*$"));
            assertThat(trigger).hasAttribute("aria-label", Pattern.compile("^Notifications, [1-9]\\d* unread$"));

            trigger.click();
            assertThat(trigger).hasAttribute("aria-expanded", "true");
            Locator panel = tab.page().locator("#social-notify-panel");
            assertThat(panel).isVisible();
            Locator mention = panel.locator(".social-feed-item.social-feed-verb-mentioned");
            assertThat(mention).hasCount(1);
            assertThat(mention).hasClass(Pattern.compile("social-notify-unread"));
            assertThat(mention.locator(".social-feed-headline")).hasText(
                    Pattern.compile("Bob .* mentioned you on " + issue.key()));
            assertThat(mention.locator(".social-feed-text")).containsText("could you look at the FRA-01 graphs?");
            tab.screenshot("flow-notifications-panel");

            // Escape closes the panel and gives focus back to the bell.
            tab.page().keyboard().press("Escape");
            assertThat(panel).isHidden();
            assertThat(trigger).isFocused();

            trigger.click();
            mention.locator("a.social-feed-issue").click();
            tab.page().waitForURL(devhost.url("/browse/" + issue.key()));
            tab.settle();

            trigger.click();
            assertThat(panel).isVisible();
            assertThat(mention).hasClass(Pattern.compile("social-notify-unread"));
            assertThat(panel.locator("button.social-notify-mark")).isEnabled();
            panel.locator("button.social-notify-mark").click();
            assertThat(count).isHidden();
            assertThat(trigger).hasAttribute("aria-label", "Notifications, none unread");
            assertThat(panel.locator(".social-notify-unread")).hasCount(0);
            tab.screenshot("flow-notifications-read");

            var after = devhost.get("/rest/social/1.0/notifications/count", "alice");
            assertThat(JSON.readTree(after.body()).path("unread").asInt()).isZero();
            tab.assertClean();
        }
    }

    @Test
    void theFollowingPageListsWhatIFollowAndUnfollowsAndMutes() throws Exception {
        TrackerIssue issue = devhost.demoIssue(i -> i.key().startsWith("SD-"));
        assertThat(devhost.json("PUT", "/rest/social/1.0/follows/hashtag/printers", "carol", "{}").statusCode())
                .isEqualTo(200);
        assertThat(devhost.json("PUT", "/rest/social/1.0/follows/issue/" + issue.key(), "carol", "{}").statusCode())
                .isEqualTo(200);
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/plugins/servlet/social/following");
            Locator page = tab.page().locator("[data-social-panel=following]");
            Locator tag = page.locator("li[data-follow-type=hashtag][data-follow-id=printers]");
            assertThat(tag).containsText("#printers");
            Locator issueRow = page.locator("li[data-follow-type=issue][data-follow-id=" + issue.key() + "]");
            assertThat(issueRow).isVisible();
            tab.screenshot("flow-following");

            tag.locator("button.social-following-unfollow").click();
            assertThat(tag).hasCount(0);
            issueRow.locator("button.social-following-mute").click();
            assertThat(issueRow.locator("button.social-following-unmute")).isVisible();
            assertThat(issueRow).containsText("muted");
            var status = devhost.get("/rest/social/1.0/follows/issue/" + issue.key(), "carol");
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            assertThat(JSON.readTree(status.body()).path("muted").asBoolean()).isTrue();
            issueRow.locator("button.social-following-unmute").click();
            assertThat(issueRow).hasCount(0);
            tab.assertClean();
        }
    }

    @Test
    void aMutedHashtagStaysFollowedAndLeavesTheFeedUntilUnmutedOnItsPage() throws Exception {
        assertThat(devhost.json("PUT", "/rest/social/1.0/follows/hashtag/vpn", "dave", "{}").statusCode())
                .isEqualTo(200);
        var created = devhost.json("POST", "/rest/api/2/issue", "bob", JSON.writeValueAsString(Map.of("fields", Map.of(
                "project", Map.of("key", "SD"), "summary", "Mute check: VPN client crashes on start #vpn",
                "issuetype", Map.of("name", "Incident")))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = JSON.readTree(created.body()).path("key").asText();
        try (BrowserTab tab = chromium.tabAs(devhost, "dave")) {
            Locator item = tab.page().locator(".social-feed-item:has(a.social-feed-issue:text-is('" + key + "'))");
            tab.go("/plugins/servlet/social/feed");
            assertThat(item).hasCount(1);

            tab.go("/plugins/servlet/social/following");
            Locator tag = tab.page().locator("li[data-follow-type=hashtag][data-follow-id=vpn]");
            tag.locator("button.social-following-mute").click();
            assertThat(tag.locator("button.social-following-unmute")).isVisible();
            assertThat(tag.locator("button.social-following-unfollow")).isVisible();
            assertThat(tag).containsText("muted");
            tab.screenshot("flow-following-muted");
            var status = JSON.readTree(devhost.get("/rest/social/1.0/follows/hashtag/vpn", "dave").body());
            assertThat(status.path("following").asBoolean()).isTrue();
            assertThat(status.path("muted").asBoolean()).isTrue();

            tab.go("/plugins/servlet/social/feed");
            assertThat(tab.page().locator(".social-feed-item").first()).isVisible();
            assertThat(item).hasCount(0);

            tab.go("/plugins/servlet/social/hashtags/vpn");
            Locator mute = tab.page().locator(".social-follow button.social-mute-button");
            assertThat(mute).hasText("Unmute");
            assertThat(tab.page().locator(".social-follow button.social-follow-button")).hasText("Unfollow");
            mute.click();
            assertThat(mute).hasText("Mute");
            assertThat(mute).hasAttribute("aria-pressed", "false");

            tab.go("/plugins/servlet/social/feed");
            assertThat(item).hasCount(1);
            tab.assertClean();
        }
    }
}
