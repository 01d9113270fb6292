// Source: decompiled streams-spi StandardStreamsFilterOption and Filters (CFR 0.152; public decompiled copy, code search):
// the filter types DATE, USER, LIST, SELECT and the operators IS, NOT, CONTAINS, DOES_NOT_CONTAIN, BEFORE, AFTER, BETWEEN
// (the cases Filters switches on); STRING, STRING_LIKE, STRING_EXACT per issue #15's check of streams-api;
// the Activity Streams SPI is documented at https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/
// Confidence: [C] DATE, USER, LIST, SELECT and the operators; [V] STRING, STRING_LIKE, STRING_EXACT (issue #15); [U] the declaration order, other members
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

public enum StreamsFilterType {
    DATE, USER, LIST, SELECT, STRING, STRING_LIKE, STRING_EXACT;

    public enum Operator {
        IS, NOT, CONTAINS, DOES_NOT_CONTAIN, BEFORE, AFTER, BETWEEN
    }
}
