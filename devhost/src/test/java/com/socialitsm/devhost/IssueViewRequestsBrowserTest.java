package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;

import com.socialitsm.devhost.tracker.TrackerIssue;
import com.socialitsm.testing.DatabaseTest;

/**
 * The issue view asks the app's REST API once: GET /issue/{key}/panels fills all five panels. A panel mounted alone
 * (another page, or a host that re-renders one panel) still asks its own endpoint, and writes go where they went.
 */
@Tag("browser")
@DatabaseTest
class IssueViewRequestsBrowserTest {
    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** What the issue view asked: the header's notification bell (on every page, not the issue view's) left out. */
    private static java.util.List<String> issueViewRequests(IssueViewProbe probe) {
        return probe.requests().stream().filter(request -> !request.equals("GET /notifications/count")).toList();
    }

    private static Locator panel(BrowserTab tab, String name) {
        return tab.page().locator("#content [data-social-panel=" + name + "]");
    }

    @Test
    void anIssueViewFillsItsFivePanelsWithOneRequest() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        try (BrowserTab tab = chromium.tabAs(devhost, "alice")) {
            IssueViewProbe probe = new IssueViewProbe(tab.page());
            probe.open(devhost.url("/browse/" + issue.key()));
            tab.settle();

            assertThat(issueViewRequests(probe)).containsExactly("GET /issue/" + issue.key() + "/panels");
            assertThat(panel(tab, "issue-hashtags").locator(".social-hashtag-list")).containsText("#vpn");
            assertThat(panel(tab, "issue-votes").locator("button.social-vote-button")).isVisible();
            assertThat(panel(tab, "issue-follow").locator("button.social-follow-button")).isVisible();
            assertThat(panel(tab, "issue-kudos").locator("button.social-kudos-open")).isVisible();
            assertThat(panel(tab, "issue-questions").locator(".social-qa-panel")).isVisible();
            tab.assertClean();
        }
    }

    @Test
    void aPanelMountedAloneAsksItsOwnEndpointAndWritesGoWhereTheyWent() {
        TrackerIssue issue = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        try (BrowserTab tab = chromium.tabAs(devhost, "bob")) {
            IssueViewProbe probe = new IssueViewProbe(tab.page());
            probe.open(devhost.url("/browse/" + issue.key()));
            tab.settle();

            Locator vote = panel(tab, "issue-votes").locator("button.social-vote-button");
            String before = panel(tab, "issue-votes").locator(".social-vote-count").textContent();
            vote.click();
            tab.settle();
            assertThat(issueViewRequests(probe)).containsExactly("GET /issue/" + issue.key() + "/panels",
                    "PUT /votes/issue/" + issue.key());
            assertThat(panel(tab, "issue-votes").locator(".social-vote-count"))
                    .hasText(String.valueOf(Integer.parseInt(before) + 1));

            // A host adding one panel of the issue later: it asks its own endpoint (the switches are known by now),
            // and shows the vote just cast.
            tab.page().evaluate("key => { const node = document.createElement('div');"
                    + " node.id = 'lone'; node.dataset.socialPanel = 'issue-votes'; node.dataset.issueKey = key;"
                    + " document.body.append(node);"
                    + " node.dispatchEvent(new CustomEvent('social-itsm:mount', { bubbles: true })); }", issue.key());
            Locator lone = tab.page().locator("#lone button.social-vote-button");
            assertThat(lone).hasAttribute("aria-pressed", "true");
            tab.settle();
            assertThat(issueViewRequests(probe)).endsWith("GET /votes/issue/" + issue.key());
            tab.assertClean();
        }
    }
}
