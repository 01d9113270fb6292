package com.atlassian.util.profiling;

/**
 * Do-nothing stand-in for Atlassian's profiling {@code Ticker}, which Active Objects 6.1.1 calls around every
 * database operation. Inside Jira the real class exists; this one is only for hosts without Jira (devhost, tests,
 * bench). Shape taken from the calls Active Objects makes (see README, build notes).
 */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> { };

    @Override
    void close();
}
