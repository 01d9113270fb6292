package com.socialitsm.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;

import com.socialitsm.devhost.http.Authenticating;

/**
 * A browser tab (its own context, so its own session) on the devhost that records what must never happen on our
 * pages: dialogs (an XSS would alert), page errors and console errors.
 */
record BrowserTab(DevHostExtension devhost, BrowserContext context, Page page, List<String> dialogs,
                  List<String> pageErrors, List<String> consoleErrors) implements AutoCloseable {

    /** Generous: the build machine is shared and slow. */
    static final double TIMEOUT_MS = 30_000;

    static BrowserTab open(Browser browser, DevHostExtension devhost, int width, int height, double scale) {
        return open(browser, devhost, new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale).setLocale("en-US"));
    }

    static BrowserTab open(Browser browser, DevHostExtension devhost, Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        Page page = context.newPage();
        BrowserTab tab = new BrowserTab(devhost, context, page, new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        page.onDialog(d -> {
            tab.dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onPageError(tab.pageErrors::add);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                tab.consoleErrors.add(m.text() + " @ " + page.url());
            }
        });
        return tab;
    }

    void go(String path) {
        page.navigate(devhost.url(path));
        settle();
    }

    void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /**
     * Logs the tab in as the user, loading no page: the session of one login through the form over HTTP becomes the
     * tab's cookie. The form itself is driven in a browser by {@code BrowserTest}; going through it before every test
     * cost two page loads (the form, then the dashboard it lands on) per tab.
     */
    void logIn(String user) {
        context.addCookies(List.of(new Cookie(Authenticating.SESSION_COOKIE, devhost.login(user))
                .setUrl(devhost.origin()).setHttpOnly(true).setSameSite(SameSiteAttribute.LAX)));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    void assertClean() {
        assertThat(dialogs).as("dialogs").isEmpty();
        assertThat(pageErrors).as("page errors").isEmpty();
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    @Override
    public void close() {
        context.close();
    }
}
