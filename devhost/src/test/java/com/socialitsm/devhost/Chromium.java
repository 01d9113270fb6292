package com.socialitsm.devhost;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, shared by the browser tests as a class-level extension:
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();} launches it before the class (and skips
 * the class when there is no Chromium), closes it after; {@link #open} gives a tab, {@link #tabAs} a logged-in one.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Browser tests skipped: no Chromium at " + EXECUTABLE
                + " (apt-get install -y chromium)");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(BrowserTab.TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    BrowserTab open(DevHostExtension devhost) {
        return open(devhost, 1280, 860, 1);
    }

    BrowserTab open(DevHostExtension devhost, int width, int height, double scale) {
        return BrowserTab.open(browser, devhost, width, height, scale);
    }

    /**
     * A tab logged in as the user in which tests may add their own scripts (axe-core): the pages' Content Security
     * Policy, which allows no inline script, is bypassed in this tab only.
     */
    BrowserTab auditTabAs(DevHostExtension devhost, String user) {
        BrowserTab tab = BrowserTab.open(browser, devhost, new Browser.NewContextOptions()
                .setViewportSize(1280, 860).setLocale("en-US").setBypassCSP(true));
        tab.logIn(user);
        return tab;
    }

    /** As {@link #auditTabAs(DevHostExtension, String)}, with the operating system's colour scheme emulated. */
    BrowserTab auditTabAs(DevHostExtension devhost, String user, com.microsoft.playwright.options.ColorScheme scheme) {
        BrowserTab tab = BrowserTab.open(browser, devhost, new Browser.NewContextOptions()
                .setViewportSize(1280, 860).setLocale("en-US").setBypassCSP(true).setColorScheme(scheme));
        tab.logIn(user);
        return tab;
    }

    /** A tab logged in as the user. */
    BrowserTab tabAs(DevHostExtension devhost, String user) {
        BrowserTab tab = open(devhost);
        tab.logIn(user);
        return tab;
    }
}
