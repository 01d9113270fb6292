// Source: the Activity Streams source, com/atlassian/streams/api/common/NonEmptyIterable.java (public copy, code search):
// "public interface NonEmptyIterable<T> extends Iterable<T>" (a marker: at least one element)
// Confidence: [C]
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api.common;

public interface NonEmptyIterable<T> extends Iterable<T> {
}
