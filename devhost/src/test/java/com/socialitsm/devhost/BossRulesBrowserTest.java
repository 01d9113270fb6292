package com.socialitsm.devhost;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;

import com.socialitsm.testing.DatabaseTest;

/**
 * The boss fight's bonus on the admin page (#19): the administrator reads the current value (50), saves another value and
 * finds it after a reload; a value out of range is refused with the server's message and changes nothing. Over HTTP:
 * GET/PUT {@code /admin/kudos/boss} answer 403 to anyone but an administrator, 401 to anonymous callers, and 400 to a
 * value outside 0–1000 or not a number.
 */
@Tag("browser")
@DatabaseTest
class BossRulesBrowserTest {
    private static final String BOSS = "/rest/social/1.0/admin/kudos/boss";

    @RegisterExtension
    static final DevHostExtension devhost = new DevHostExtension(true);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anAdminChangesTheBossBonusOnTheAdminPage() {
        // The demo data's value (the default), set again in case the other test of this class ran first.
        assertThat(devhost.json("PUT", BOSS, "admin", "{\"bonusPoints\": 50}").statusCode()).isEqualTo(200);
        try (BrowserTab tab = chromium.tabAs(devhost, "admin")) {
            tab.go("/plugins/servlet/social/admin");
            Locator form = tab.page().locator("#social-admin-kudos-boss");
            Locator points = form.locator("input[name=bonusPoints]");
            assertThat(points).hasValue("50");
            points.fill("75");
            form.locator("button[type=submit]").click();
            assertThat(tab.page().locator(".aui-flag, .social-flash")
                    .filter(new Locator.FilterOptions().setHasText("Saved")).first()).isVisible();
            tab.screenshot("admin-boss-bonus");
            tab.page().reload();
            assertThat(tab.page().locator("#social-admin-kudos-boss input[name=bonusPoints]")).hasValue("75");

            tab.page().locator("#social-admin-kudos-boss input[name=bonusPoints]").fill("5000");
            tab.page().locator("#social-admin-kudos-boss button[type=submit]").click();
            assertThat(tab.page().locator(".aui-flag, .social-flash")
                    .filter(new Locator.FilterOptions().setHasText("bonusPoints must be between 0 and 1000")).first())
                    .isVisible();
            // Not assertClean(): Chromium logs the 400 of the refused PUT as a console error, which is the point.
        }
        assertThat(devhost.get(BOSS, "admin").body()).contains("\"bonusPoints\":75");
    }

    @Test
    void onlyAnAdministratorReadsOrChangesTheBonusAndBadValuesAre400() {
        assertThat(devhost.get(BOSS, "admin").statusCode()).isEqualTo(200);
        for (String user : new String[] {"alice", "carol", "dave"}) {
            assertThat(devhost.get(BOSS, user).statusCode()).as(user).isEqualTo(403);
            assertThat(devhost.json("PUT", BOSS, user, "{\"bonusPoints\": 10}").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(devhost.get(BOSS, Optional.empty()).statusCode()).isEqualTo(401);
        for (String bad : new String[] {"{\"bonusPoints\": -1}", "{\"bonusPoints\": 1001}",
                "{\"bonusPoints\": \"many\"}", "[]", "not json"}) {
            HttpResponse<String> refused = devhost.json("PUT", BOSS, "admin", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("\"message\"");
        }
        HttpResponse<String> saved = devhost.json("PUT", BOSS, "admin", "{\"bonusPoints\": 0}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"bonusPoints\":0");
        assertThat(devhost.json("PUT", BOSS, "admin", "{\"bonusPoints\": 50}").statusCode()).isEqualTo(200);
    }
}
