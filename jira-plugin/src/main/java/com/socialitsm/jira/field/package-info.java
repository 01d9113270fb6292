/** The read-only "Hashtags" custom field type, computed from core's {@code HashtagIssueQuery}. */
package com.socialitsm.jira.field;
