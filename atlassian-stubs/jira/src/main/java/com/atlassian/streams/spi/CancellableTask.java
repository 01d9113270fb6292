// Source: the Activity Streams source, com/atlassian/streams/spi/CancellableTask.java (atlassian-streams, public copy,
// code search): "interface CancellableTask<T> extends Callable<T> { Result cancel(); enum Result { CANCELLED,
// CANNOT_CANCEL, INTERRUPT } }"; used the same way by Atlassian's decompiled ThirdPartyStreamsActivityProvider
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.spi;

import java.util.concurrent.Callable;

public interface CancellableTask<T> extends Callable<T> {
    /** Called when the aggregator no longer wants the result (Future.cancel). */
    Result cancel();

    enum Result {
        CANCELLED, CANNOT_CANCEL, INTERRUPT
    }
}
