/** The JQL function {@code issue in hashtag("vpn", "outage")}, over core's {@code HashtagIssueQuery}. */
package com.socialitsm.jira.jql;
