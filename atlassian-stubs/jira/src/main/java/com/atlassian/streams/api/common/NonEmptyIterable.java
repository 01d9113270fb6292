// Source: the Activity Streams source, com/atlassian/streams/api/common/NonEmptyIterable.java (public copy, code search):
// "public interface NonEmptyIterable<T> extends Iterable<T>" (a marker: at least one element)
// Confidence: [C]
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api.common;

public interface NonEmptyIterable<T> extends Iterable<T> {
}
