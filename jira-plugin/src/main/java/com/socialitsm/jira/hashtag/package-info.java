/**
 * Jira-only hashtag work: importing a project's labels and component names as hashtags
 * ({@link com.socialitsm.jira.hashtag.LabelImporter}, behind the admin REST endpoint
 * {@code POST /admin/hashtags/import} of {@link com.socialitsm.jira.rest.LabelImportResource}).
 */
package com.socialitsm.jira.hashtag;
