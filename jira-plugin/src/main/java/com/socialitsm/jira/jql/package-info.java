/**
 * The JQL function {@code issue in hashtag("vpn", "outage")}, over core's {@code HashtagIssueQuery}, kept for
 * compatibility; the {@code Hashtags} JQL field is Jira's index of an issue property ({@code jira.host.JiraIssueTagIndex}).
 */
package com.socialitsm.jira.jql;
