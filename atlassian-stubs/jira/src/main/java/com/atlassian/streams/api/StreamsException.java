// Source: decompiled streams-api (CFR 0.152; public decompiled copy, code search): "public class StreamsException extends
// RuntimeException" with (), (String), (String, Throwable), (Throwable) constructors
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

public class StreamsException extends RuntimeException {
    public StreamsException() {
    }

    public StreamsException(String message) {
        super(message);
    }

    public StreamsException(String message, Throwable cause) {
        super(message, cause);
    }

    public StreamsException(Throwable cause) {
        super(cause);
    }
}
