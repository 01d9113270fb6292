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

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, shared by the browser tests as a class-level extension:
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();} skips the class when there is no
 * Chromium; {@link #open} gives a tab (a browser context of its own: its own cookies and storage), {@link #tabAs} a
 * logged-in one. One Chromium (and one Playwright driver process) serves every class of a test JVM: launched by the
 * first class, kept in JUnit's root store, closed when the run ends — a launch per class cost a Node.js driver and a
 * browser start each time.
 */
final class Chromium implements BeforeAllCallback {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Chromium.class);

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Browser tests skipped: no Chromium at " + EXECUTABLE
                + " (apt-get install -y chromium)");
        browser = context.getRoot().getStore(SHARED)
                .getOrComputeIfAbsent(Launched.class, key -> Launched.start(), Launched.class).browser();
    }

    /** The test JVM's Playwright driver and browser. */
    private record Launched(Playwright playwright, Browser browser) implements ExtensionContext.Store.CloseableResource {
        static Launched start() {
            try {
                Files.createDirectories(SCREENSHOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PlaywrightAssertions.setDefaultAssertionTimeout(BrowserTab.TIMEOUT_MS);
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
            return new Launched(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
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
