package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * The features end to end in a real browser, the way people use them on the demo data: hashtags with autocomplete,
 * following a tag and seeing new issues arrive in the feed, votes + kudos + the leaderboard, and community Q&A. Each
 * flow asserts what the user sees, that no dialog or page error happened, and leaves a full-page screenshot
 * target/screenshots/flow-&lt;name&gt;.png.
 */
@Tag("browser")
@DatabaseTest
class FeatureFlowsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static Locator panel(BrowserTab tab, String name) {
        return tab.page().locator("[data-social-panel=" + name + "]");
    }

    /** A whole-text match, escaped by hand: Playwright hands the pattern to JavaScript, which has no quoting. */
    private static Pattern exactly(String text) {
        return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
    }

    @Test
    void hashtagPickedFromTheAutocompleteShowsAsLozengeLeadsToTheTagPageAndTrendingShowsOnTheFeed() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Laptop battery drains within two hours"));
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/browse/" + issue.key());
            Locator tags = panel(tab, "issue-hashtags");
            Locator input = tags.locator("input.social-hashtag-input");
            input.waitFor();
            assertThat(tags.locator(".social-hashtag-list a.social-hashtag")).not().containsText(new String[] {"#vpn"});

            input.pressSequentially("vp", new Locator.PressSequentiallyOptions().setDelay(50));
            Locator vpn = tags.locator("[role=option]", new Locator.LocatorOptions()
                    .setHas(tab.page().locator(".social-hashtag-option-tag", new Page.LocatorOptions()
                            .setHasText(exactly("#vpn")))));
            vpn.waitFor();
            assertThat(input).hasAttribute("aria-expanded", "true");
            // The keyboard: Down until #vpn is the active option, then Enter.
            for (int i = 0; i < 8 && !"true".equals(vpn.getAttribute("aria-selected")); i++) {
                input.press("ArrowDown");
            }
            assertThat(vpn).hasAttribute("aria-selected", "true");
            input.press("Enter");

            Locator lozenge = tags.locator(".social-hashtag-list a.social-hashtag", new Locator.LocatorOptions()
                    .setHasText(exactly("#vpn")));
            assertThat(lozenge).isVisible();
            assertThat(input).hasValue("");
            assertThat(tags.locator("[role=listbox]")).isHidden();

            lozenge.click();
            tab.page().waitForURL(devhost.url("/plugins/servlet/social/hashtags/vpn"));
            tab.settle();
            Locator page = panel(tab, "hashtag-page");
            assertThat(page.locator("h2")).hasText("#vpn");
            assertThat(page.locator(".social-hashtag-issue", new Locator.LocatorOptions().setHas(
                    tab.page().locator(".social-hashtag-issue-key", new Page.LocatorOptions().setHasText(
                            exactly(issue.key())))))).containsText(issue.summary());

            tab.go("/plugins/servlet/social/feed");
            Locator trending = tab.page().locator(".social-trending-item");
            trending.first().waitFor();
            assertThat(trending.locator("a.social-hashtag").first()).hasText(Pattern.compile("^#\\S+$"));
            assertThat(tab.page().locator(".social-trending-list")).containsText("#vpn");
            assertThat(tab.page().locator(".social-feed-sidebar section", new Page.LocatorOptions()
                    .setHas(tab.page().locator(".social-trending"))).locator("h2")).hasText("Trending today");
            tab.screenshot("flow-hashtags");
            tab.assertClean();
        }
    }

    @Test
    void anIssueWithAFollowedNewHashtagArrivesInTheFollowersFeed() throws Exception {
        String tag = "flowtest" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String summary = "Badge reader at the side entrance beeps but stays locked " + tag;
        try (BrowserTab carol = chromium.tabAs(devhost, "carol")) {
            carol.go("/plugins/servlet/social/hashtags/" + tag);
            Locator follow = panel(carol, "hashtag-page").locator("button.social-follow-button");
            assertThat(follow).isEnabled();
            assertThat(follow).hasAttribute("aria-pressed", "false");
            follow.click();
            assertThat(follow).hasAttribute("aria-pressed", "true");
            assertThat(follow).hasText("Unfollow");

            ObjectNode fields = JSON.createObjectNode();
            fields.put("summary", summary).put("description", "It started after the power cut this morning. #" + tag);
            fields.putObject("project").put("key", "SD");
            fields.putObject("issuetype").put("name", "Incident");
            ObjectNode body = JSON.createObjectNode();
            body.set("fields", fields);
            // Dave, whom carol does not follow: a feed item carries the reason of its closest follow only
            // (issue > person > hashtag > project, docs/architecture.md), so an issue by bob, whom carol follows in
            // the demo data, would arrive as "people" and not under the Hashtags filter.
            var created = devhost.json("POST", "/rest/api/2/issue", "dave", body.toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String key = JSON.readTree(created.body()).path("key").asText();

            carol.go("/plugins/servlet/social/feed");
            Locator item = carol.page().locator(".social-feed-item", new Page.LocatorOptions().setHas(
                    carol.page().locator(".social-feed-issue", new Page.LocatorOptions().setHasText(exactly(key)))));
            for (int attempt = 0; attempt < 10 && item.count() == 0; attempt++) {
                carol.page().waitForTimeout(1_000);
                carol.go("/plugins/servlet/social/feed");
            }
            assertThat(item.first()).isVisible();
            assertThat(item.first().locator(".social-feed-summary")).hasText(summary);
            assertThat(item.first().locator(".social-feed-tags")).containsText("#" + tag);
            assertThat(item.first().locator(".social-feed-reason")).hasText("You follow a hashtag of this issue");

            carol.page().locator("button.social-feed-filter[data-filter=hashtags]").click();
            assertThat(carol.page().locator("button.social-feed-filter[data-filter=hashtags]"))
                    .hasAttribute("aria-pressed", "true");
            assertThat(item.first()).isVisible();
            assertThat(item.first().locator(".social-feed-tags")).containsText("#" + tag);
            carol.screenshot("flow-follow-feed");
            carol.assertClean();
        }
    }

    @Test
    void aVoteCountsKudosReachTheAssigneeAndTheLeaderboardAndProfileShowThem() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Teams calls have no audio on new laptops"));
        String message = "Thanks for sorting out the Teams audio so quickly!";
        try (BrowserTab carol = chromium.tabAs(devhost, "carol")) {
            carol.go("/browse/" + issue.key());
            Locator votes = panel(carol, "issue-votes");
            Locator button = votes.locator("button.social-vote-button");
            Locator count = votes.locator(".social-vote-count");
            assertThat(button).hasAttribute("aria-pressed", "false");
            int before = Integer.parseInt(count.textContent().trim());
            button.click();
            assertThat(button).hasAttribute("aria-pressed", "true");
            assertThat(count).hasText(String.valueOf(before + 1));

            Locator kudos = panel(carol, "issue-kudos");
            kudos.locator("button.social-kudos-open").click();
            Locator dialog = kudos.locator("form.social-kudos-dialog");
            assertThat(dialog).isVisible();
            dialog.locator("select[name=to]").selectOption("alice");
            dialog.locator("textarea[name=message]").fill(message);
            dialog.locator("button[type=submit]").click();
            assertThat(dialog).isHidden();
            assertThat(kudos.locator(".social-kudos-item", new Locator.LocatorOptions().setHasText(message)))
                    .containsText("Alice");
            carol.screenshot("flow-votes-kudos-issue");

            carol.go("/plugins/servlet/social/leaderboard");
            Locator board = panel(carol, "leaderboard");
            for (String period : new String[] {"week", "month", "all"}) {
                Locator tab = board.locator("button[data-period=" + period + "]");
                tab.click();
                assertThat(tab).hasAttribute("aria-pressed", "true");
                Locator rows = board.locator(".social-leaderboard-table tbody tr");
                rows.first().waitFor();
                assertThat(rows.first().locator(".social-rank")).hasText("#1");
                assertThat(board.locator(".social-leaderboard-table")).containsText("Alice");
            }

            carol.go("/plugins/servlet/social/users/alice");
            Locator profile = panel(carol, "user-profile");
            assertThat(profile.locator("h2")).containsText("Alice");
            assertThat(profile.locator(".social-profile-points")).hasText(Pattern.compile("\\d+ points?"));
            assertThat(profile.locator(".social-kudos-message", new Locator.LocatorOptions().setHasText(message)))
                    .isVisible();
            carol.screenshot("flow-votes-kudos");
            carol.assertClean();
        }
    }

    @Test
    void aQuestionIsAskedAnsweredWithMarkdownUpvotedAndAccepted() {
        String title = "Which VPN profile should contractors use " + ThreadLocalRandom.current().nextInt(1000, 10000);
        String questionUrl;
        try (BrowserTab carol = chromium.tabAs(devhost, "carol")) {
            carol.go("/plugins/servlet/social/questions");
            Locator qa = panel(carol, "questions");
            qa.locator(".social-qa-toolbar button.aui-button-primary").click();
            Locator form = qa.locator("form.social-qa-ask");
            form.locator("input[type=text]").first().fill(title);
            form.locator("input[name=project]").fill("SD");
            form.locator("textarea").fill("Our contractors need the **full tunnel**, right?");
            form.locator("button[type=submit]").click();
            carol.page().waitForURL(Pattern.compile(".*/plugins/servlet/social/questions/\\d+$"));
            questionUrl = carol.page().url();
            carol.settle();
            assertThat(panel(carol, "question").locator("h2.social-qa-question-title")).hasText(title);
            assertThat(panel(carol, "question").locator(".social-qa-question-main .social-qa-body strong"))
                    .hasText("full tunnel");

            carol.go("/plugins/servlet/social/questions");
            assertThat(panel(carol, "questions").locator("a.social-qa-title", new Locator.LocatorOptions()
                    .setHasText(exactly(title)))).isVisible();
            carol.assertClean();
        }
        String path = questionUrl.substring(devhost.url("").length());

        try (BrowserTab bob = chromium.tabAs(devhost, "bob")) {
            bob.go(path);
            Locator answerForm = panel(bob, "question").locator("form.social-qa-answer-form");
            answerForm.locator("textarea").pressSequentially("Yes: use the **contractor** profile, it forces the tunnel.");
            assertThat(answerForm.locator(".social-qa-preview .social-qa-body strong")).hasText("contractor");
            answerForm.locator("button[type=submit]").click();
            Locator answer = panel(bob, "question").locator("article.social-qa-answer");
            assertThat(answer).hasCount(1);
            assertThat(answer.locator(".social-qa-body strong")).hasText("contractor");
            bob.assertClean();
        }

        try (BrowserTab alice = chromium.tabAs(devhost, "alice")) {
            alice.go(path);
            Locator answer = panel(alice, "question").locator("article.social-qa-answer");
            Locator up = answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This is useful"));
            up.click();
            assertThat(up).hasAttribute("aria-pressed", "true");
            assertThat(answer.locator(".social-qa-vote-score")).hasText("1");
            alice.assertClean();
        }

        try (BrowserTab carol = chromium.tabAs(devhost, "carol")) {
            carol.go(path);
            Locator answer = panel(carol, "question").locator("article.social-qa-answer");
            answer.locator("button.social-qa-action", new Locator.LocatorOptions().setHasText(exactly("Accept this answer")))
                    .click();
            assertThat(answer).hasClass(Pattern.compile("social-qa-answer-accepted"));
            assertThat(answer.locator(".aui-lozenge-success")).isVisible();
            assertThat(answer.locator(".social-qa-vote-score")).hasText("1");
            assertThat(panel(carol, "question").locator(".social-qa-where .aui-lozenge-success")).isVisible();
            carol.screenshot("flow-questions");
            carol.assertClean();
        }
    }
}
