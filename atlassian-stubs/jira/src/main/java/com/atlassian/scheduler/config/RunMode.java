// Source: jira-api-facts.md §10 (RunMode.RUN_ONCE_PER_CLUSTER used by atlascommunity/jira-plugins-groovy); the constants as in atlassian-scheduler's JobConfig/JobLauncher (decompiled, code search) and their documented meaning (RUN_ONCE_PER_CLUSTER: "only run on one node of the cluster each time that it triggers"; RUN_LOCALLY: "apply only to this particular node")
// Confidence: [C] RUN_ONCE_PER_CLUSTER; [V] RUN_LOCALLY
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html (@PublicApi atlassian-scheduler-api; the decompiled Platform 7 copy above matches it for the members used; Platform 8 [I])
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
