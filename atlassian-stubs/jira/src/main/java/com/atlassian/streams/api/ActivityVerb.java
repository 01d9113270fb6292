// Source: the Activity Streams source, com/atlassian/streams/api/ActivityVerb.java (public copy, code search): "URI iri();
// String key(); Option<ActivityVerb> parent();"
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

import java.net.URI;

import com.atlassian.streams.api.common.Option;

public interface ActivityVerb {
    URI iri();

    String key();

    Option<ActivityVerb> parent();
}
