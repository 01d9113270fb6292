/**
 * The devhost's demo tracker: a small stand-in for Jira (projects, users, issues, comments, a Resolve/Reopen
 * workflow, login sessions) stored with Active Objects in the app's database, and the host ports
 * ({@link com.socialitsm.devhost.tracker.TrackerDirectory}) the engine reads it through. Every write goes to the
 * engine as an {@link com.socialitsm.host.IssueChange} in the same transaction. {@code TrackerSearch} answers the JQL
 * subset of {@code GET /rest/api/2/search} over these tables and the app's issue tags. Entities never leave this package.
 */
package com.socialitsm.devhost.tracker;
