/**
 * A realistic service-desk history at any scale, deterministic from a seed: {@link
 * com.socialitsm.bench.workload.ServiceDesk} (projects, agents, customers, the hashtag vocabulary, skewed by Zipf),
 * {@link com.socialitsm.bench.workload.IssueHistory} (one issue's texts, changes, votes, kudos, question),
 * {@link com.socialitsm.bench.workload.FollowPlan} (follows by choice, heavy users) and sizes in
 * {@link com.socialitsm.bench.workload.WorkloadSize}. Pure Java: no database here.
 */
package com.socialitsm.bench.workload;
