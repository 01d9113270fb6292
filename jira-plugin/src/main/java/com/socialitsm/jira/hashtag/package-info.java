/**
 * Jira's side of the labels-to-hashtags import: {@link com.socialitsm.jira.hashtag.JiraLabeledIssues} reads a project's
 * labels and component names a page at a time (the core's {@code LabeledIssues} port), and
 * {@link com.socialitsm.jira.hashtag.LabelImportWorker} owns the core's import job and the one thread it runs on, which
 * stops with the app. The admin REST endpoints ({@code /admin/hashtags/import}) are the web module's.
 */
package com.socialitsm.jira.hashtag;
