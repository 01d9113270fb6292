package com.socialitsm.devhost;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * Watches the issue view in a tab: which requests the app's REST API gets, and the moment every issue panel is filled
 * (mounted, no longer busy, without a "Loading…" or a failure; a panel hidden because its feature is off counts as
 * filled), measured in the page's own clock against its load event. A MutationObserver added before the page's
 * scripts records that moment to the microtask, without polling.
 */
final class IssueViewProbe {
    static final String REST = "/rest/social/1.0/";

    private static final String WATCH = """
            (() => {
              const filled = () => {
                const panels = [...document.querySelectorAll('[data-social-panel^="issue-"]')];
                return panels.length > 0 && panels.every((p) => p.closest('[hidden]') || (p.dataset.socialMounted
                  && !p.hasAttribute('aria-busy') && p.childElementCount > 0
                  && !p.querySelector('.social-loading, .social-failure')));
              };
              const observer = new MutationObserver(() => {
                if (window.__socialPanelsFilledAt === undefined && filled()) {
                  window.__socialPanelsFilledAt = performance.now();
                  observer.disconnect();
                }
              });
              observer.observe(document, { subtree: true, childList: true, attributes: true });
            })();""";

    private final Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    IssueViewProbe(Page page) {
        this.page = page;
        page.addInitScript(WATCH);
        page.onRequest(request -> {
            if (request.url().contains(REST)) {
                requests.add(request.method() + " " + request.url().substring(request.url().indexOf(REST) + REST.length() - 1));
            }
        });
    }

    /**
     * Opens the path, waits until every issue panel is filled, and answers how long after the start of the load event
     * that was (ms; negative when the panels were filled before it).
     */
    double open(String url) {
        requests.clear();
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
        page.waitForFunction("() => window.__socialPanelsFilledAt !== undefined");
        return ((Number) page.evaluate("() => window.__socialPanelsFilledAt"
                + " - performance.getEntriesByType('navigation')[0].loadEventStart")).doubleValue();
    }

    /**
     * For the app's REST requests of the last {@link #open}, from the page's resource timing: the longest wait for a
     * first byte (request sent to response started: the server's time plus the network) in ms.
     */
    double longestServerWait() {
        return ((Number) page.evaluate("() => Math.max(0, ...performance.getEntriesByType('resource')"
                + ".filter((e) => e.name.includes('" + REST + "')).map((e) => e.responseStart - e.requestStart))"))
                .doubleValue();
    }

    /**
     * The app's REST requests for panel data since the last {@link #open}, as "GET /issue/SD-1/panels". The links in
     * the issue's own text ({@code POST /hashtags/ranges}, linkify.js) are not panel data: the text is the tracker's
     * (or Jira's), and its links come after it whatever the panels do.
     */
    List<String> requests() {
        return requests.stream().filter(request -> !request.equals("POST /hashtags/ranges")).toList();
    }
}
