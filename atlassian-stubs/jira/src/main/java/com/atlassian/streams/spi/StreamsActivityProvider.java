// Source: decompiled streams-spi (CFR 0.152; a public decompiled copy found via code search, of the Platform 7
// transition line that has java.time and Map accessors beside the deprecated Joda/Guava ones): "public
// CancellableTask<StreamsFeed> getActivityFeed(ActivityRequest var1) throws StreamsException"; the same signature in the
// Activity Streams source (atlassian-streams, an earlier public copy, code search) and in Atlassian's own
// ThirdPartyStreamsActivityProvider (decompiled, code search). Module: <activity-streams-provider> (SDK tutorial "Making
// your own Activity Streams provider", developer.atlassian.com).
// Confidence: [C] the method and its types; [U] that the streams 10.0.x line bundled with Jira 10.3 (Platform 7) is
// unchanged (no 10.0.x jar could be read here)
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.streams.spi;

import com.atlassian.streams.api.ActivityRequest;
import com.atlassian.streams.api.StreamsException;
import com.atlassian.streams.api.StreamsFeed;

public interface StreamsActivityProvider {
    CancellableTask<StreamsFeed> getActivityFeed(ActivityRequest request) throws StreamsException;
}
