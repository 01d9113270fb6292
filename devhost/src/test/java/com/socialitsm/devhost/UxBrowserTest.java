package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * What a new user tripped over (issue #20), each as the user sees it: panels that say they are loading on a slow
 * server, a human sentence with "Try again" when REST answers with an HTML page, the kudos dialog's counter and
 * keyboard, the ask form, the question page and the trending heading.
 */
@Tag("browser")
@DatabaseTest
class UxBrowserTest {
    private static final String REST = "**/rest/social/1.0/**";
    private static final List<String> ISSUE_PANELS =
            List.of("issue-hashtags", "issue-votes", "issue-follow", "issue-kudos", "issue-questions");

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static Locator panel(BrowserTab tab, String name) {
        return tab.page().locator("[data-social-panel=" + name + "]").first();
    }

    private static TrackerIssue vpnOutage() {
        return devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
    }

    /** Opens the page without waiting for its REST calls (which a test may hold back). */
    private static void open(BrowserTab tab, String path) {
        tab.page().navigate(devhost.url(path), new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
    }

    @Test
    void onASlowServerEveryPanelAndTheLeaderboardSayTheyAreLoading() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            List<Route> held = new ArrayList<>();
            tab.page().route(REST, held::add);
            open(tab, "/browse/" + vpnOutage().key());
            for (String name : ISSUE_PANELS) {
                assertThat(panel(tab, name).locator(".social-loading")).isVisible();
            }
            tab.screenshot("ux-loading-issue");
            open(tab, "/plugins/servlet/social/leaderboard");
            assertThat(panel(tab, "leaderboard").locator(".social-loading")).isVisible();

            tab.page().unroute(REST);
            held.forEach(Route::resume);
            tab.go("/browse/" + vpnOutage().key());
            for (String name : ISSUE_PANELS) {
                assertThat(panel(tab, name).locator(".social-loading")).hasCount(0);
            }
        }
    }

    @Test
    void anHtmlErrorPageInsteadOfJsonIsASentenceWithTryAgain() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.page().route(REST, route -> route.fulfill(new Route.FulfillOptions().setStatus(502)
                    .setContentType("text/html").setBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
            tab.go("/browse/" + vpnOutage().key());
            for (String name : ISSUE_PANELS) {
                Locator failure = panel(tab, name).locator(".social-failure");
                assertThat(failure).containsText("HTTP 502");
                assertThat(failure).not().containsText("Unexpected token");
                assertThat(failure.locator("button.social-retry")).isVisible();
            }
            tab.screenshot("ux-html-error-issue");
            tab.go("/plugins/servlet/social/leaderboard");
            assertThat(panel(tab, "leaderboard").locator(".social-failure")).containsText("HTTP 502");

            // Try again after the server is back: the panel loads.
            tab.page().unroute(REST);
            tab.page().route(REST, route -> route.fulfill(new Route.FulfillOptions().setStatus(500)
                    .setContentType("text/html").setBody("<html><body>Internal error</body></html>")));
            tab.go("/browse/" + vpnOutage().key());
            Locator votes = panel(tab, "issue-votes");
            assertThat(votes.locator(".social-failure")).containsText("HTTP 500");
            tab.page().unroute(REST);
            votes.locator("button.social-retry").click();
            assertThat(votes.locator("button.social-vote-button")).isVisible();
        }
    }

    @Test
    void theKudosDialogKeepsTheKeyboardReturnsFocusAndCountsAfreshAfterSending() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("Teams calls have no audio on new laptops"));
        try (BrowserTab tab = chromium.tabAs(devhost, "carol")) {
            tab.go("/browse/" + issue.key());
            Locator kudos = panel(tab, "issue-kudos");
            Locator open = kudos.locator("button.social-kudos-open");
            open.click();
            Locator dialog = kudos.locator("form.social-kudos-dialog");
            Locator remaining = dialog.locator(".description");
            String fresh = remaining.textContent();

            // Tab from the last control wraps to the first, Shift+Tab from the first to the last; Escape closes.
            Locator select = dialog.locator("select[name=to]");
            assertThat(select).isFocused();
            Locator cancel = dialog.locator("button[type=button]").last();
            cancel.focus();
            tab.page().keyboard().press("Tab");
            assertThat(select).isFocused();
            tab.page().keyboard().press("Shift+Tab");
            assertThat(cancel).isFocused();
            tab.page().keyboard().press("Escape");
            assertThat(dialog).isHidden();
            assertThat(open).isFocused();

            open.click();
            select.selectOption("alice");
            dialog.locator("textarea[name=message]").fill("Thanks for the headset tip!");
            assertThat(remaining).not().hasText(fresh);
            dialog.locator("button[type=submit]").click();
            assertThat(dialog).isHidden();
            assertThat(open).isFocused();
            open.click();
            assertThat(remaining).hasText(fresh);
            tab.assertClean();
        }
    }

    @Test
    void theAskFormCountsUnderItsFieldAndTheQuestionPageLinksBack() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/questions");
            Locator page = panel(tab, "questions");
            page.locator(".social-qa-toolbar button.aui-button-primary").click();
            Locator form = page.locator("form.social-qa-ask");
            Locator title = form.locator("input").first();
            Locator count = form.locator(".social-qa-count");
            // The counter is in the title's field group, under the field and flush with its right edge.
            assertThat(title.locator("xpath=..").locator(".social-qa-count")).hasCount(1);
            var field = title.boundingBox();
            var counter = count.boundingBox();
            assertThat(counter.y).isGreaterThan(field.y + field.height - 1);
            assertThat(Math.abs((counter.x + counter.width) - (field.x + field.width))).isLessThan(3);
            // Space between the ask form and the search filters.
            var filters = page.locator("form.social-qa-filters").boundingBox();
            var ask = form.boundingBox();
            assertThat(filters.y - (ask.y + ask.height)).isGreaterThanOrEqualTo(12);
            tab.screenshot("ux-ask-form");

            tab.go("/plugins/servlet/social/questions/1");
            Locator question = panel(tab, "question");
            question.locator(".social-qa-question-title").waitFor();
            for (Locator tag : question.locator(".social-qa-tag").all()) {
                assertThat(tag.evaluate("e => getComputedStyle(e).textTransform")).isEqualTo("none");
            }
            var up = question.locator(".social-qa-question-main .social-qa-vote").first().boundingBox();
            var down = question.locator(".social-qa-question-main .social-qa-vote").last().boundingBox();
            assertThat(up.x).isEqualTo(down.x);
            assertThat(up.width).isEqualTo(down.width);
            Locator where = question.locator(".social-qa-where a");
            assertThat(where.first()).isVisible();
            Locator back = question.locator("a.social-qa-back");
            assertThat(back).hasAttribute("href", "/plugins/servlet/social/questions");
            tab.screenshot("ux-question");
            tab.assertClean();
        }
    }

    @Test
    void theTrendingHeadingFollowsTheChosenWindowAndTheSelectIsAnAuiSelect() {
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            tab.go("/plugins/servlet/social/hashtags");
            Locator heading = tab.page().locator("#social-trending-today");
            assertThat(heading).hasText("Trending today");
            Locator select = tab.page().locator("section[aria-labelledby=social-trending-today] select");
            assertThat(select.locator("xpath=ancestor::form[contains(@class,'aui')]")).hasCount(1);
            select.selectOption("168");
            assertThat(heading).hasText("Trending this week");
            tab.assertClean();
        }
    }

    @Test
    void theAdminPagesHashtagHeadingsStandOnOneLine() {
        try (BrowserTab tab = chromium.tabAs(devhost, "admin")) {
            tab.go("/plugins/servlet/social/admin");
            double merge = tab.page().locator("#social-admin-merge h3").boundingBox().y;
            double rename = tab.page().locator("#social-admin-rename h3").boundingBox().y;
            assertThat(Math.abs(merge - rename)).isLessThan(1);
            tab.assertClean();
        }
    }
}
