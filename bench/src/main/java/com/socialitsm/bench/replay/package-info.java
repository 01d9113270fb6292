/**
 * The real Apache Jira sample ({@link com.socialitsm.bench.replay.ApacheJiraSample}, read from the shared data
 * directory at run time, never copied here) replayed through the engine on PostgreSQL ({@link
 * com.socialitsm.bench.replay.ReplayRun}).
 */
package com.socialitsm.bench.replay;
