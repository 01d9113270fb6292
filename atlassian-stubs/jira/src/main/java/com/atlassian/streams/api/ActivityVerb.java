// Source: the Activity Streams source, com/atlassian/streams/api/ActivityVerb.java (public copy, code search): "URI iri();
// String key(); Option<ActivityVerb> parent();"
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

import java.net.URI;

import com.atlassian.streams.api.common.Option;

public interface ActivityVerb {
    URI iri();

    String key();

    Option<ActivityVerb> parent();
}
