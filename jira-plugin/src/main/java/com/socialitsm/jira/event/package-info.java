/**
 * Jira's issue events into the engine: {@link com.socialitsm.jira.event.IssueEventListener} receives each
 * {@code IssueEventBundle}, {@link com.socialitsm.jira.event.IssueEventMapper} turns each event and its change log
 * into {@code IssueChange} values at the edge, and {@link com.socialitsm.jira.event.IssueChangeDispatcher} hands them
 * to {@code SocialEngine} off Jira's request thread. Nothing thrown here ever reaches Jira's issue update: failures
 * are logged and counted in {@link com.socialitsm.jira.event.EventHandlingStats}.
 */
package com.socialitsm.jira.event;
