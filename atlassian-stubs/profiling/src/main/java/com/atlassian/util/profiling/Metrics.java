// Source: the calls into Metrics made by net.java.ao.EntityManager in https://repo1.maven.org/maven2/net/java/dev/activeobjects/activeobjects/6.1.1/activeobjects-6.1.1.jar (read from its bytecode; the real class is an Atlassian artifact that is not on Maven Central)
// Confidence: [V] the members AO 6.1.1 calls; a run-time do-nothing shim, never used inside Jira, where the real class exists
package com.atlassian.util.profiling;

/** Do-nothing stand-in for Atlassian's profiling {@code Metrics}; see {@link Ticker}. */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** The fluent builder Active Objects uses: every call returns itself, the timer does nothing. */
    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
