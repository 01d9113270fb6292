// Source: the Activity Streams source, com/atlassian/streams/api/Html.java (public copy, code search): "public final class
// Html implements Serializable", "public Html(String value)", toString() returns the markup ("A wrapper around Strings
// that are allowed to contain HTML markup and may be directly inserted into the feed output without HTML escaping");
// the decompiled StreamsEntry of the Platform 7 transition line imports the same com.atlassian.streams.api.Html
// Confidence: [C]; the real constructor also strips control characters, which this stand-in leaves out
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

import java.io.Serializable;
import java.util.Objects;

public final class Html implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String value;

    public Html(String value) {
        this.value = Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
