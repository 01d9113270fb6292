// Source: jira-api-facts.md §10 (RunMode.RUN_ONCE_PER_CLUSTER used by atlascommunity/jira-plugins-groovy); the constants as in atlassian-scheduler's JobConfig/JobLauncher (decompiled, code search) and their documented meaning (RUN_ONCE_PER_CLUSTER: "only run on one node of the cluster each time that it triggers"; RUN_LOCALLY: "apply only to this particular node")
// Confidence: [C] RUN_ONCE_PER_CLUSTER; [V] RUN_LOCALLY
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
