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

/**
 * Debian's Chromium driven by Playwright, shared by the browser tests: {@link #launchOrSkip()} in a
 * {@code @BeforeAll} (skips the class when there is no Chromium), {@link #open(DevHostExtension)} for a tab per user.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launchOrSkip() {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Browser tests skipped: no Chromium at " + EXECUTABLE
                + " (apt-get install -y chromium)");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    BrowserTab open(DevHostExtension devhost) {
        return open(devhost, 1280, 860, 1);
    }

    BrowserTab open(DevHostExtension devhost, int width, int height, double scale) {
        return BrowserTab.open(browser, devhost, width, height, scale);
    }

    /** Null-safe, for an {@code @AfterAll} that runs even when the launch was skipped. */
    static void close(Chromium chromium) {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
