// Source: the calls into Ticker made by net.java.ao.EntityManager in https://repo1.maven.org/maven2/net/java/dev/activeobjects/activeobjects/6.1.1/activeobjects-6.1.1.jar (read from its bytecode; the real class is an Atlassian artifact that is not on Maven Central)
// Confidence: [V] the members AO 6.1.1 calls; a run-time do-nothing shim, never used inside Jira, where the real class exists
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
