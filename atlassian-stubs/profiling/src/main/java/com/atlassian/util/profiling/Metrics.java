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
