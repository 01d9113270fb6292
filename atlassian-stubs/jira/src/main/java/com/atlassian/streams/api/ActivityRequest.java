// Source: decompiled streams-api (CFR 0.152; public decompiled copy, code search): "int getMaxResults()", and "default
// Map<String, Collection<Pair<StreamsFilterType.Operator, Iterable<String>>>> getStandardFiltersMap()" beside the
// deprecated Guava "Multimap<...> getStandardFilters()" (left out here: Platform 7 takes third-party types out of public
// signatures, and the app reads filters only through com.atlassian.streams.spi.Filters)
// Confidence: [C] getMaxResults(), getStandardFiltersMap(); [U] the streams 10.0.x line of Jira 10.3
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app and this
// stand-in's Filters use.
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
package com.atlassian.streams.api;

import java.util.Collection;
import java.util.Map;

import com.atlassian.streams.api.common.Pair;

public interface ActivityRequest {
    int getMaxResults();

    Map<String, Collection<Pair<StreamsFilterType.Operator, Iterable<String>>>> getStandardFiltersMap();
}
