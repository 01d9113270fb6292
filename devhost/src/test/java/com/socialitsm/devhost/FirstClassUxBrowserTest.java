package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * Issue #20's items that need a person in front of the page: every feed item leads to its subject (item 1), a
 * profile offers Follow and shows the person's activity (item 2). Item 20, no page logs an AUI deprecation warning, is
 * checked where every page is visited: {@code EveryPageBrowserTest}.
 */
@Tag("browser")
@DatabaseTest
class FirstClassUxBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static Locator panel(BrowserTab tab, String name) {
        return tab.page().locator("[data-social-panel=" + name + "]").first();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PUT without a body, as a script sends it (Jira's XSRF opt-out header); its status. */
    private static int put(String path, String user) {
        return devhost.send(devhost.request(path).header("Authorization", DevHostExtension.basic(user))
                .header("X-Atlassian-Token", "no-check").header("Accept", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode();
    }

    /** Item 1: "Carol asked a question on SD" links the question (by its title) and the project. */
    @Test
    void aFeedItemLinksItsQuestionAndItsProject() {
        // The feed is written when the activity happens: bob follows carol first.
        assertThat(put("/rest/social/1.0/follows/user/carol", "bob")).isEqualTo(200);
        var asked = devhost.json("POST", "/rest/social/1.0/questions", "carol",
                "{\"title\": \"How do I reset my badge PIN at the door?\", \"body\": \"It blinks red.\","
                        + " \"project\": \"SD\"}");
        assertThat(asked.statusCode()).isEqualTo(201);
        long id = read(asked.body()).get("id").asLong();
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            tab.go("/plugins/servlet/social/feed");
            Locator item = panel(tab, "feed").locator(".social-feed-verb-asked").filter(
                    new Locator.FilterOptions().setHasText("reset my badge PIN")).first();
            assertThat(item.locator("a.social-feed-question-link"))
                    .hasAttribute("href", "/plugins/servlet/social/questions/" + id);
            assertThat(item.locator("a.social-feed-question-link")).hasText("How do I reset my badge PIN at the door?");
            assertThat(item.locator("a.social-feed-project")).hasAttribute("href",
                    "/plugins/servlet/social/questions?project=SD");
            tab.screenshot("ux2b-feed-subjects");
            item.locator("a.social-feed-question-link").click();
            tab.page().waitForURL(Pattern.compile(".*/questions/" + id));
            tab.assertClean();
        }
    }

    /** Item 2: bob's profile has a Follow button (not alice's own) and lists his recent activity. */
    @Test
    void aProfileOffersFollowAndShowsThePersonsActivity() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/users/bob");
            Locator profile = panel(tab, "user-profile");
            Locator follow = profile.locator(".social-profile-follow button.social-follow-button");
            assertThat(follow).isEnabled();
            String before = follow.getAttribute("aria-pressed");
            follow.click();
            assertThat(follow).not().hasAttribute("aria-pressed", before);
            Locator activity = profile.locator(".social-profile-activity .social-feed-item");
            assertThat(activity.first()).isVisible();
            assertThat(activity.first().locator("a.social-feed-person").first()).containsText("Bob");
            tab.screenshot("ux2b-profile-follow-activity");

            tab.go("/plugins/servlet/social/users/alice");
            assertThat(profile.locator(".social-profile-activity")).isVisible();
            assertThat(profile.locator(".social-profile-follow")).hasCount(0);
            tab.assertClean();
        }
    }

    /**
     * Item 19: creating an issue and resolving it each end in a confirmation on the issue page, and the resolver
     * (bob, the assignee) is told the points he just earned, once.
     */
    @Test
    void creatingAndResolvingConfirmAndTheSolverSeesThePointsJustEarned() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/secure/CreateIssue.jspa");
            tab.page().fill("#create-summary", "Printer on floor 3 jams on every second page");
            tab.page().click("#create-issue-submit");
            tab.settle();
            assertThat(tab.page().locator("#issue-form-done")).containsText("has been created");
            tab.assertClean();
        }
        var created = devhost.json("POST", "/rest/api/2/issue", "alice", "{\"fields\": {\"project\": {\"key\": \"SD\"},"
                + " \"summary\": \"Badge reader at door B rejects every card\", \"description\": \"#door\","
                + " \"issuetype\": {\"name\": \"Incident\"}}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String key = read(created.body()).get("key").asText();
        assertThat(devhost.json("PUT", "/rest/api/2/issue/" + key, "alice",
                "{\"fields\": {\"assignee\": {\"name\": \"bob\"}}}").statusCode()).isEqualTo(204);
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            tab.go("/browse/" + key);
            tab.page().click("#action_id_5");
            tab.settle();
            assertThat(tab.page().locator("#issue-form-done")).containsText(key + " has been resolved");
            Locator flag = tab.page().locator(".aui-flag, .social-flash").filter(
                    new Locator.FilterOptions().setHasText("You earned"));
            assertThat(flag.first()).containsText("points on " + key);
            tab.screenshot("ux2b-resolved-points");
            // Told once: the next visit of the page does not repeat it.
            tab.go("/browse/" + key);
            panel(tab, "issue-kudos").locator("button.social-kudos-open").waitFor();
            assertThat(tab.page().locator(".aui-flag, .social-flash").filter(
                    new Locator.FilterOptions().setHasText("You earned"))).hasCount(0);
            tab.assertClean();
        }
    }

    /**
     * Item 11: a profile names the kudos giver and the question by name and title, lists no 0-point award, shows each
     * badge with what it is for and when, and the person's rank; one's own profile does not repeat the ledger.
     */
    @Test
    void aProfileNamesPeopleAndQuestionsAndShowsBadgesAndRank() {
        var asked = devhost.json("POST", "/rest/social/1.0/questions", "carol",
                "{\"title\": \"Which VPN profile works from the hotel wifi?\", \"body\": \"Nothing connects.\","
                        + " \"project\": \"SD\"}");
        long question = read(asked.body()).get("id").asLong();
        var answered = devhost.json("POST", "/rest/social/1.0/questions/" + question + "/answers", "bob",
                "{\"body\": \"Use the TCP 443 profile.\"}");
        long answer = read(answered.body()).get("id").asLong();
        assertThat(put("/rest/social/1.0/questions/" + question + "/accepted/" + answer, "carol")).isEqualTo(200);
        var issue = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        assertThat(devhost.json("POST", "/rest/social/1.0/kudos", "carol",
                "{\"to\": \"bob\", \"issueKey\": \"" + issue.key() + "\", \"message\": \"Thanks!\"}")
                .statusCode()).isEqualTo(201);

        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/users/bob");
            Locator profile = panel(tab, "user-profile");
            Locator awards = profile.locator(".social-awards .social-award");
            awards.first().waitFor();
            assertThat(awards.filter(new Locator.FilterOptions().setHasText("Kudos from Carol")).first()).isVisible();
            // Not the user key (setHasText with a String ignores case; a Pattern does not).
            assertThat(awards.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Kudos from carol"))))
                    .hasCount(0);
            assertThat(awards.locator("a", new Locator.LocatorOptions()
                    .setHasText("Which VPN profile works from the hotel wifi?")).first()).isVisible();
            for (String points : profile.locator(".social-award-points").allTextContents()) {
                assertThat(points.trim()).isNotIn("0", "+0");
            }
            assertThat(profile.locator(".social-profile-rank")).containsText("on the leaderboard");
            // The points of the last 12 weeks as a picture with a text alternative.
            Locator weeks = profile.locator("svg.social-chart-columns");
            assertThat(weeks).hasAttribute("role", "img");
            assertThat(weeks).hasAttribute("aria-label", Pattern.compile("Points per week over the last 12 weeks.*"));
            assertThat(weeks.locator("rect")).hasCount(12);
            Locator badge = profile.locator(".social-badge-item").first();
            assertThat(badge.locator(".social-badge-description")).not().isEmpty();
            assertThat(badge.locator("time.social-badge-when")).hasAttribute("datetime", Pattern.compile("\\d{4}-.*"));
            tab.screenshot("ux2b-profile-bob");

            tab.go("/plugins/servlet/social/users/alice");
            profile.locator(".social-ledger").waitFor();
            assertThat(profile.locator("h3", new Locator.LocatorOptions().setHasText("Recent awards"))).hasCount(0);
            tab.assertClean();
        }
    }

    /**
     * Item 10 and the leaderboard picture: the project filter is AUI's single select over GET /projects (typing a
     * project's name picks it, no "There is no such project"), and each row has a bar beside its points.
     */
    @Test
    void theLeaderboardPicksAProjectByNameAndDrawsBars() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/leaderboard?period=all");
            Locator board = panel(tab, "leaderboard");
            board.locator("table.social-leaderboard-table").waitFor();
            assertThat(board.locator("svg.social-chart-bar").first()).isVisible();
            assertThat(board.locator("svg.social-chart-bar").first()).hasAttribute("aria-hidden", "true");
            Locator input = board.locator("aui-select[name=project] input");
            input.click();
            // AUI's single select matches the start of a label: the project's name as people say it.
            tab.page().keyboard().type("IT Serv");
            tab.page().waitForTimeout(1000);
            tab.screenshot("ux2b-leaderboard-picker-typed");
            Locator option = tab.page().locator("li.aui-select-suggestion").filter(
                    new Locator.FilterOptions().setHasText("IT Service Desk (SD)")).first();
            option.click();
            tab.settle();
            assertThat(board.locator(".aui-message-warning:not(.social-boss-box)")).hasCount(0);
            assertThat(board.locator("table.social-leaderboard-table")).isVisible();
            tab.screenshot("ux2b-leaderboard-picker");

            tab.go("/plugins/servlet/social/questions");
            Locator filters = panel(tab, "questions").locator("form.social-qa-filters");
            assertThat(filters.locator("aui-select[name=project]")).hasCount(1);
            tab.assertClean();
        }
    }

    /** The Hashtags page is a directory: search by start, most used first or A–Z, only the ones I follow. */
    @Test
    void theHashtagsPageIsADirectoryToSearchSortAndFilterByFollowing() {
        assertThat(put("/rest/social/1.0/follows/hashtag/vpn", "carol"))
                .isEqualTo(200);
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/plugins/servlet/social/hashtags");
            Locator directory = panel(tab, "hashtag-directory");
            Locator items = directory.locator(".social-tag-directory-item");
            items.first().waitFor();
            assertThat(items.count()).isGreaterThan(1);
            tab.page().fill("#social-tag-directory-q", "vp");
            assertThat(items.first().locator("a.social-hashtag")).hasText("#vpn");
            tab.page().fill("#social-tag-directory-q", "");
            tab.page().click("label[for=social-tag-directory-mine]");
            assertThat(items).hasCount(1);
            assertThat(items.first()).containsText("Following");
            tab.page().click("label[for=social-tag-directory-mine]");
            tab.page().selectOption("#social-tag-directory-sort", "name");
            tab.page().waitForTimeout(500);
            List<String> names = items.locator("a.social-hashtag").allTextContents();
            assertThat(names).isSorted();
            tab.screenshot("ux2b-hashtag-directory");
            tab.assertClean();
        }
    }
}
