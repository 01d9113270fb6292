// Source: decompiled streams-spi StandardStreamsFilterOption and Filters (CFR 0.152; public decompiled copy, code search):
// the filter types DATE, USER, LIST, SELECT and the operators IS, NOT, CONTAINS, DOES_NOT_CONTAIN, BEFORE, AFTER, BETWEEN
// (the cases Filters switches on)
// Confidence: [C] the constants named; [U] whether the real enums have more constants or members
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

public enum StreamsFilterType {
    DATE, USER, LIST, SELECT;

    public enum Operator {
        IS, NOT, CONTAINS, DOES_NOT_CONTAIN, BEFORE, AFTER, BETWEEN
    }
}
