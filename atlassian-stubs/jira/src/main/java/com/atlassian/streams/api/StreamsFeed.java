// Source: decompiled streams-api (CFR 0.152; public decompiled copy, code search) and the Activity Streams source (public
// copy, code search), identical: "public StreamsFeed(String title, Iterable<StreamsEntry> entries, Option<String>
// subtitle)", getTitle(), getEntries(), getSubtitle()
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged); the checks are simplified (no Guava).
package com.atlassian.streams.api;

import java.util.Objects;

import com.atlassian.streams.api.common.Option;

public class StreamsFeed {
    private final String title;
    private final Iterable<StreamsEntry> entries;
    private final Option<String> subtitle;

    public StreamsFeed(String title, Iterable<StreamsEntry> entries, Option<String> subtitle) {
        this.title = Objects.requireNonNull(title, "title");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
    }

    public String getTitle() {
        return title;
    }

    public Iterable<StreamsEntry> getEntries() {
        return entries;
    }

    public Option<String> getSubtitle() {
        return subtitle;
    }
}
