/**
 * Cluster-wide scheduled work on Atlassian Scheduler ({@code RunMode.RUN_ONCE_PER_CLUSTER}):
 * {@link com.socialitsm.jira.jobs.SocialJobs} registers the runners when the app starts and unregisters them when it
 * stops, leaving the cluster's schedules in place. Each job is idempotent work in bounded transactions, so a firing
 * on two nodes at once or one cut short by a node stopping is harmless.
 */
package com.socialitsm.jira.jobs;
