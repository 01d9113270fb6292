/**
 * The read-only "Hashtags" custom field type, computed from core's {@code HashtagIssueQuery}, and its searcher: JQL
 * value completion from core's {@code HashtagService} and a basic-search box, answered from the issue property Jira
 * indexes ({@code jira.host.JiraIssueTagIndex}) through Jira's own handler of its alias.
 */
package com.socialitsm.jira.field;
