/**
 * Hashtags on issues. For now only {@link com.socialitsm.hashtag.HashtagIssueQuery}, the read side that Jira's JQL
 * function and the "Hashtags" custom field need; extraction, suggestions, trending and governance (the
 * {@code HashtagService} face) join this package with the hashtag feature. Depends on {@code store} only.
 */
package com.socialitsm.hashtag;
